import { parseNdjson, toNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { parseFile } from './dataset-file'

const docs = Array.from({ length: 6 }, (_, n) => ({ _id: `doc-${n}`, _type: 'article', n }))
const parseLine = (source: string) => parseNdjson(source, 'test.ndjson')[0]
const parse = (text: string, previous?: ReturnType<typeof parseFile>) =>
  parseFile(Buffer.from(text), previous, parseLine)

/** The first version, then the second parsed over it: what it reused, and whether it is right. */
function republish(before: object[], after: string) {
  const first = parse(toNdjson(before))
  const second = parse(after, first)
  expect(second.documents).toEqual(parse(after).documents)
  const reused = second.documents.filter((doc) => doc && first.documents.includes(doc))
  return reused.length
}

describe('parseFile', () => {
  it('parses only the line a publish changed', () => {
    const changed = docs.map((doc, n) => (n === 3 ? { ...doc, title: 'New' } : doc))
    expect(republish(docs, toNdjson(changed))).toBe(5)
  })

  it('keeps the rest when a line is added, removed, or the first or last one changes', () => {
    expect(
      republish(
        docs,
        toNdjson([...docs.slice(0, 2), { _id: 'x', _type: 'page' }, ...docs.slice(2)]),
      ),
    ).toBe(6)
    expect(republish(docs, toNdjson(docs.filter((_, n) => n !== 4)))).toBe(5)
    expect(republish(docs, toNdjson([{ ...docs[0]!, n: 99 }, ...docs.slice(1)]))).toBe(5)
    expect(republish(docs, toNdjson([...docs.slice(0, 5), { ...docs[5]!, n: 99 }]))).toBe(5)
  })

  it('reads a file without its last newline, blank lines and a file grown from nothing', () => {
    expect(republish(docs, toNdjson(docs).trimEnd())).toBe(5)
    expect(republish(docs, toNdjson(docs).replace('\n', '\n\n'))).toBe(6)
    expect(republish([], toNdjson(docs))).toBe(0)
  })
})
