import { describe, expect, it } from 'vitest'
import { runQuery } from '../content/testing/dataset'
import { fingerprint, indexFor, rankedMatches } from './embedded-index'
import { RESULTS_PER_PAGE, searchIndex, searchLake } from './engines'
import { SEARCH_CORPUS_QUERY } from './query'
import { searchDocument, type SearchDocument } from './schema'

/** Both ways the site searches, each over the real seed through groq-js. */
const corpus = await runQuery(SEARCH_CORPUS_QUERY)
const PATHS = {
  'embedded index': async (terms: string[], page: number) =>
    searchIndex(await indexFor('test', 'seed', () => corpus), terms, page),
  'Lake text search': (terms: string[], page: number) => searchLake(runQuery, terms, page),
}

const searchable = (hit: SearchDocument) =>
  [hit.title, hit.summary, hit.text, hit.category, ...hit.headings, ...hit.sectors]
    .join(' ')
    .toLowerCase()

describe.each(Object.entries(PATHS))('search by the %s', (_, search) => {
  it('ranks documents named by the word above those that only mention it', async () => {
    const { hits } = await search(['aviation'], 1)
    const named = hits.map((hit) => hit.title.toLowerCase().includes('aviation'))
    expect(named[0]).toBe(true)
    expect(named.indexOf(false)).toBeGreaterThan(named.lastIndexOf(true))
    expect(hits.map((hit) => hit._id)).toContain('sector-aviation')
  })

  it('finds only documents holding every word, a word matching the words it begins', async () => {
    const { hits, total } = await search(['aviat', 'train'], 1)
    expect(total).toBeGreaterThan(0)
    for (const hit of hits) {
      expect(searchable(hit)).toMatch(/\baviat/)
      expect(searchable(hit)).toMatch(/\btrain/)
    }
  })

  it('pages through every hit once, ten a page', async () => {
    const first = await search(['security'], 1)
    expect(first.total).toBeGreaterThan(RESULTS_PER_PAGE)
    expect(first.pageCount).toBe(Math.ceil(first.total / RESULTS_PER_PAGE))
    const pages = [first]
    for (let page = 2; page <= first.pageCount; page += 1)
      pages.push(await search(['security'], page))
    const ids = pages.flatMap(({ hits }) => hits.map((hit) => hit._id))
    expect(pages[0]!.hits).toHaveLength(RESULTS_PER_PAGE)
    expect(new Set(ids).size).toBe(first.total)
    expect((await search(['security'], first.pageCount + 1)).hits).toEqual([])
  })

  it('finds an article by the name of a sector it is filed under, and by nothing else', async () => {
    const sector = 'Defence & Government'
    const word = 'defence'
    // Articles whose own words never say "defence": only their sector can make them a hit.
    const onlyBySector = searchDocument
      .array()
      .parse(corpus)
      .filter(
        (doc) =>
          doc._type === 'article' &&
          doc.sectors.includes(sector) &&
          !searchable({ ...doc, sectors: [] }).includes(word),
      )
    expect(onlyBySector.length).toBeGreaterThan(0)
    const first = await search([word], 1)
    const pages = [first]
    for (let page = 2; page <= first.pageCount; page += 1) pages.push(await search([word], page))
    const found = pages.flatMap(({ hits }) => hits.map((hit) => hit._id))
    expect(found).toEqual(expect.arrayContaining(onlyBySector.map((doc) => doc._id)))
  })

  it('finds nothing for a word the site does not use', async () => {
    expect(await search(['qwxzv'], 1)).toEqual({ hits: [], total: 0, pageCount: 1 })
  })
})

describe('both ways agree', () => {
  it('on the best hits for a word', async () => {
    const best = async (search: (typeof PATHS)[keyof typeof PATHS]) =>
      new Set((await search(['aviation'], 1)).hits.slice(0, 3).map((hit) => hit._id))
    expect(await best(PATHS['embedded index'])).toEqual(await best(PATHS['Lake text search']))
  })
})

describe('the embedded index', () => {
  it('is built once per version of the corpus, the last one answering while the next is built', async () => {
    let reads = 0
    const read = () => {
      reads += 1
      return corpus
    }
    const first = await indexFor('once', 'v1', read)
    expect(await indexFor('once', 'v1', read)).toBe(first)
    expect(reads).toBe(1)
    expect(await indexFor('once', 'v2', read)).toBe(first)
    await expect.poll(async () => (await indexFor('once', 'v2', read)).version).toBe('v2')
    expect(reads).toBe(2)
  })

  it('is built once while requests arrive during the build, and not kept when the read fails', async () => {
    let reads = 0
    const slow = async () => {
      reads += 1
      return corpus
    }
    const [a, b] = await Promise.all([indexFor('race', 'v1', slow), indexFor('race', 'v1', slow)])
    expect([a === b, reads]).toEqual([true, 1])
    const failing = () => Promise.reject(new Error('upstream down'))
    await expect(indexFor('fails', 'v1', failing)).rejects.toThrow('upstream down')
    expect((await indexFor('fails', 'v1', () => corpus)).byId.size).toBeGreaterThan(0)
  })

  it('finds changed content under a new version, leaving out a document that does not fit', async () => {
    const documents = structuredClone(corpus) as Record<string, unknown>[]
    documents[0]!.title = 'Quorate zeppelins'
    documents.push({ _id: 'broken', _type: 'article', slug: 'broken', title: null })
    const index = await indexFor('edited', fingerprint(documents), () => documents)
    expect(rankedMatches(index, ['zeppelin']).map((hit) => hit._id)).toEqual([documents[0]!._id])
    expect(index.byId.has('broken')).toBe(false)
  })

  it('knows drafts by their content: the same content has the same fingerprint', () => {
    expect(fingerprint(structuredClone(corpus))).toBe(fingerprint(corpus))
    const edited = structuredClone(corpus) as Record<string, unknown>[]
    edited[0]!.title = 'Another'
    expect(fingerprint(edited)).not.toBe(fingerprint(corpus))
  })
})
