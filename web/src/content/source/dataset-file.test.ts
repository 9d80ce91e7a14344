import { parseNdjson, toNdjson } from '@chaffcent/content/dataset'
import { describe, expect, it } from 'vitest'
import { type ParsedFile, parseFile } from './dataset-file'
import { fileChange } from './file-changes/file-change'

const docs = Array.from({ length: 6 }, (_, n) => ({ _id: `doc-${n}`, _type: 'article', n }))
const parseLine = (source: string) => parseNdjson(source, 'test.ndjson', () => {})[0]

/** `text` as the next version after `previous`, read from memory as the source reads the file. */
function parse(text: string, previous?: ParsedFile) {
  const bytes = Buffer.from(text)
  const read = (into: Buffer, position: number) => bytes.copy(into, 0, position)
  return parseFile(fileChange(bytes.length, read, previous?.pieces ?? []), previous, parseLine)
}

/** The first version, then the second parsed over it: what it reused, and whether it is right. */
function republish(before: object[] | string, after: string) {
  const first = parse(typeof before === 'string' ? before : toNdjson(before))
  const second = parse(after, first)
  const fresh = parse(after)
  expect(second.documents).toEqual(fresh.documents)
  expect(second.ends).toEqual(fresh.ends)
  expect(Buffer.concat(second.pieces).toString()).toBe(after)
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
    expect(republish(docs, '')).toBe(0)
  })

  it('skips a broken line, and reads it once it is mended', () => {
    const lines = toNdjson(docs).split('\n')
    const broken = [...lines.slice(0, 2), '{"_id": "doc-2", ', ...lines.slice(3)].join('\n')
    expect(republish(docs, broken)).toBe(5)
    expect(parse(broken).documents[2]).toBeUndefined()
    expect(republish(broken, toNdjson(docs))).toBe(5)
  })

  it('reads a reordered file, and lines repeated where the two versions overlap', () => {
    // Only the lines outside the shared start and end are kept: a reorder parses those between.
    expect(republish(docs, toNdjson([...docs].reverse()))).toBe(0)
    expect(
      republish(docs, toNdjson([docs[0]!, docs[4]!, ...docs.slice(2, 4), docs[1]!, docs[5]!])),
    ).toBe(2)
    const same = [docs[0]!, docs[0]!]
    expect(republish(same, toNdjson([...same, docs[0]!]))).toBe(2)
    expect(republish([...same, docs[0]!], toNdjson(same))).toBe(2)
  })

  it('rereads the same file unchanged without parsing a line', () => {
    expect(republish(docs, toNdjson(docs))).toBe(6)
  })
})
