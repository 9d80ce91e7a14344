// `pnpm bench reads`: what the embedded source's reads cost as the archive grows. For 13 (the
// seed), 1,000 and 10,000 articles (the seed's, copied under new slugs and dates), it times the
// reads of an article's page, /insights page 1, a category page and home, both ways: scanning
// the whole dataset (as before the index) and through the index. "reload" is the first read
// after the file changes (a publish): reading the file and building the index. Figures go to
// web/.bench/reads.json. Runs the site's own source, which main.ts loads through tsx.
import { readFileSync } from 'node:fs'
import { readNdjson, writeAtomically } from '@chaffcent/content/dataset'
import { ARTICLE_INDEX_QUERY, ARTICLE_QUERY } from '../../src/content/articles/query.ts'
import { HOME_QUERY } from '../../src/content/home/query.ts'
import { embeddedSource } from '../../src/content/source/embedded.ts'
import { writeGrownDataset } from '../../src/content/testing/grown-dataset.ts'
import { SEED } from '../../tests/support/servers.ts'
import { machineLoad, median, writeResults } from './settings.ts'

const ARCHIVES = [13, 1_000, 10_000]
const ROUNDS = 9

/** Each read a page makes: its query and parameters, taken from the seed. */
function pageReads() {
  const seed = readNdjson(SEED)
  const newestArticle = seed
    .filter((doc) => doc._type === 'article')
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
  const category = seed.find((doc) => doc._type === 'category')!.slug as { current: string }
  const slug = (newestArticle.slug as { current: string }).current
  return {
    article: [ARTICLE_QUERY, { slug, preview: false }],
    insights: [ARTICLE_INDEX_QUERY, { category: null }],
    category: [ARTICLE_INDEX_QUERY, { category: category.current }],
    home: [HOME_QUERY, { latestCount: 3 }],
  } as const
}

async function timed(read: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await read()
  return performance.now() - started
}

/** Rewrites the file as a publish does (a new file renamed over it), so the source reloads it. */
const republish = (file: string) => writeAtomically(file, readFileSync(file, 'utf8'))

export async function run(): Promise<void> {
  const reads = pageReads()
  const results = []
  for (const articles of ARCHIVES) {
    const file = articles === 13 ? SEED : writeGrownDataset(SEED, articles)
    for (const evaluation of ['full-scan', 'indexed'] as const) {
      const source = embeddedSource(file, undefined, evaluation)
      const read =
        ([query, params]: readonly [string, object]) =>
        () =>
          source.query(query, params as Record<string, unknown>, 'published')
      if (file !== SEED) republish(file)
      const row: Record<string, unknown> = { articles, evaluation }
      row.reloadMs = await timed(read(reads.article))
      for (const [name, args] of Object.entries(reads)) {
        const times = []
        for (let round = 0; round < ROUNDS; round++) times.push(await timed(read(args)))
        row[`${name}Ms`] = median(times)
      }
      results.push(row)
      console.log(
        Object.entries(row)
          .map(([key, value]) => `${key}=${typeof value === 'number' ? value.toFixed(1) : value}`)
          .join(' '),
      )
    }
  }
  writeResults('reads.json', { load: machineLoad(), results })
}
