import { readFileSync } from 'node:fs'
import { writeAtomically } from '@chaffcent/content/dataset'
import { describe, expect, it, vi } from 'vitest'
import { CONTRACT_DATASETS } from '../testing/dataset'
import { writeGrownDataset } from '../testing/grown-dataset'
import { embeddedSource } from './embedded'
import { routeReads } from './indexed-reads/route-reads'
import type { Perspective } from './types'

const NOW = new Date('2026-06-01T12:00:00Z')
const file = writeGrownDataset(CONTRACT_DATASETS.largest, 300)

const linesOf = () => readFileSync(file, 'utf8').split('\n')
const isArticle = (line: string) => line.includes('"_type":"article"')
const articleLines = () => linesOf().flatMap((line, n) => (isArticle(line) ? [n] : []))

/** Each publish rewrites the file as a publish does: its lines edited, the file renamed over. */
const PUBLISHES: [string, (lines: string[]) => string[]][] = [
  [
    'an edited line',
    (lines) => lines.map((line, n) => (n === articleLines()[40] ? retitled(line) : line)),
  ],
  [
    'an added line',
    (lines) => [...lines.slice(0, 50), added(lines[articleLines()[7]!]!), ...lines.slice(50)],
  ],
  ['a deleted line', (lines) => lines.filter((_, n) => n !== articleLines()[20])],
  [
    'a broken line',
    (lines) => lines.map((line, n) => (n === articleLines()[30] ? line.slice(0, 40) : line)),
  ],
  ['the broken line mended', () => mended.split('\n')],
  ['a reordered file', (lines) => [lines.at(-2)!, ...lines.slice(1, -2).reverse(), lines[0]!, '']],
  ['a draft added', (lines) => [...lines, draftOf(lines[articleLines()[3]!]!)]],
  [
    'the draft edited',
    (lines) => lines.map((line) => (line.includes('"drafts.') ? retitled(line) : line)),
  ],
]

let mended = ''
const retitled = (line: string) =>
  JSON.stringify({ ...JSON.parse(line), title: 'Retitled', publishedAt: '2020-02-02T00:00:00Z' })
const added = (line: string) =>
  JSON.stringify({ ...JSON.parse(line), _id: 'added', slug: { current: 'added' } })
const draftOf = (line: string) => {
  const doc = JSON.parse(line)
  return JSON.stringify({ ...doc, _id: `drafts.${doc._id}`, title: 'Draft' })
}

/** The source as a fresh process would read the file: a new copy of the module, with nothing loaded. */
async function freshSource() {
  vi.resetModules()
  const fresh = await import('./embedded')
  return fresh.embeddedSource(file, () => NOW)
}

describe('the embedded source after publishes', () => {
  it('reads each one as a fresh load of the file does', async () => {
    const source = embeddedSource(file, () => NOW)
    const reads = routeReads([]).filter(({ name }) =>
      /^(index .* page (1|9)$|home|latest|sitemap|article slugs)/.test(name),
    )
    await source.query(reads[0]!.query, reads[0]!.params, 'published')
    const skipped = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const [name, publish] of PUBLISHES) {
      if (name === 'a broken line') mended = linesOf().join('\n')
      writeAtomically(file, publish(linesOf()).join('\n'))
      const fresh = await freshSource()
      for (const perspective of ['published', 'drafts'] as Perspective[])
        for (const read of [...reads, ...articleReads()]) {
          const expected = await fresh.query(read.query, read.params, perspective)
          const got = await source.query(read.query, read.params, perspective)
          expect(got, `${name}: ${read.name} (${perspective})`).toEqual(expected)
        }
      if (name === 'a broken line')
        expect(skipped).toHaveBeenCalledWith(expect.stringMatching(/is not valid JSON; skipped/))
    }
    skipped.mockRestore()
  }, 120_000)
})

/** The article reads of the articles publishes touch, and of the one added. */
const articleReads = () =>
  routeReads([
    ...[3, 7, 20, 30, 40].map((n) => JSON.parse(linesOf()[articleLines()[n]!]!)),
    { _type: 'article', slug: { current: 'added' } },
  ]).filter(({ name }) => name.startsWith('article'))
