// `pnpm bench search`: what one search costs on the embedded source at 1,000 articles. The
// largest dataset's articles are copied to 1,000. Once a version: the corpus query (what the
// cached corpus read runs) and the index build. Each request then does what the search page
// does after reading the corpus's version from the cache: find that version's index, rank,
// cut a page, and cut and mark each hit's snippet. In-process: Next's own share of a request
// (the render, the small cached read of the version) is left out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { embeddedSource } from '../../src/content/source/embedded.ts'
import { indexFor } from '../../src/search/embedded-index.ts'
import { searchIndex } from '../../src/search/engines.ts'
import { highlight, snippet } from '../../src/search/highlight.ts'
import { SEARCH_CORPUS_QUERY } from '../../src/search/query.ts'
import { queryTerms } from '../../src/search/terms.ts'
import { machineLoad, percentile, writeResults } from './settings.ts'

const ARTICLES = 1000
const REQUESTS = 400
const LARGEST = path.resolve(import.meta.dirname, '../../../studio/seed/largest.ndjson')
/** Common and rare words, several words, a word's beginning, and a word no document holds. */
const QUERIES = [
  'security',
  'aviation training',
  'resilience',
  'capability',
  'cou',
  'operational assurance',
  'programme delivery',
  'qwxzv',
]

export async function run() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-search-'))
  try {
    const file = path.join(work, 'data.ndjson')
    writeFileSync(file, datasetWithArticles(ARTICLES))
    const readStarted = performance.now()
    const corpus = await embeddedSource(file).query(SEARCH_CORPUS_QUERY, {}, 'published')
    const corpusReadMs = performance.now() - readStarted
    const buildStarted = performance.now()
    await indexFor('bench', 'v1', () => corpus)
    const indexBuildMs = performance.now() - buildStarted

    const timings: number[] = []
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now()
      const terms = queryTerms(QUERIES[i % QUERIES.length]!)
      const index = await indexFor('bench', 'v1', () => corpus)
      const { hits } = searchIndex(index, terms, 1 + (i % 3))
      for (const hit of hits) {
        highlight(hit.title, terms)
        highlight(snippet([hit.summary, hit.text], terms), terms)
      }
      timings.push(performance.now() - started)
    }
    const round = (ms: number | null) => Number((ms ?? NaN).toFixed(1))
    const results = {
      articles: ARTICLES,
      documents: (corpus as unknown[]).length,
      corpusBytes: JSON.stringify(corpus).length,
      firstRead: { corpusQueryMs: round(corpusReadMs), indexBuildMs: round(indexBuildMs) },
      perRequest: { p50: round(percentile(timings, 50)), p95: round(percentile(timings, 95)) },
      load: machineLoad(),
    }
    console.log(`\nSearch on the embedded source, ${ARTICLES} articles, ${REQUESTS} requests:`)
    console.log(
      `  per request  p50 ${results.perRequest.p50} ms  p95 ${results.perRequest.p95} ms  (target p95 < 100 ms)`,
    )
    console.log(
      `  once a version: corpus query ${results.firstRead.corpusQueryMs} ms, index build ${results.firstRead.indexBuildMs} ms (${Math.round(results.corpusBytes / 1024)} KiB corpus)`,
    )
    writeResults('search.json', results)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The largest dataset with its articles copied, each copy its own id, slug and title. */
function datasetWithArticles(count: number): string {
  const documents = readFileSync(LARGEST, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
  const articles = documents.filter(
    (doc) => doc._type === 'article' && !doc._id.startsWith('drafts.'),
  )
  const others = documents.filter((doc) => doc._type !== 'article')
  const copies = Array.from({ length: count }, (_, n) => {
    const source = articles[n % articles.length]
    return {
      ...source,
      _id: `${source._id}-copy-${n}`,
      slug: { _type: 'slug', current: `${source.slug.current}-${n}` },
      title: `${source.title}, part ${n}`,
    }
  })
  return [...others, ...copies].map((doc) => JSON.stringify(doc)).join('\n')
}
