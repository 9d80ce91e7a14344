// `node scripts/bench/reads.ts` (Node 24, from web/): what the embedded source's reads cost
// as the archive grows. For 13 (the seed), 1,000 and 10,000 articles (the seed's, copied
// under new slugs and dates), it times the reads of an article's page, /insights page 1, a
// category page and home, both ways: scanning the whole dataset (as before the index) and
// through the index. "reload" is the first read after the file changes (a publish): reading
// the file and building the index. Figures go to web/.bench/reads.json.
import { registerHooks } from 'node:module'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The source's modules import their neighbours without an extension, as the bundler does.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      if (!specifier.startsWith('.') || !context.parentURL?.endsWith('.ts')) throw error
      return nextResolve(`${specifier}.ts`, context)
    }
  },
})

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const SEED = path.join(WEB_DIR, '..', 'studio', 'seed', 'production.ndjson')
const { embeddedSource } = await import('../../src/content/source/embedded.ts')
const { writeGrownDataset } = await import('../../src/content/testing/grown-dataset.ts')
const { ARTICLE_INDEX_QUERY, ARTICLE_QUERY } = await import('../../src/content/articles/query.ts')
const { HOME_QUERY } = await import('../../src/content/home/query.ts')

const ARCHIVES = [13, 1_000, 10_000]
const ROUNDS = 9
const seedDocs = readFileSync(SEED, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
const newestArticle = seedDocs
  .filter((doc) => doc._type === 'article')
  .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]
const category = seedDocs.find((doc) => doc._type === 'category').slug.current

const READS = {
  article: [ARTICLE_QUERY, { slug: newestArticle.slug.current, preview: false }],
  insights: [ARTICLE_INDEX_QUERY, { category: null }],
  category: [ARTICLE_INDEX_QUERY, { category }],
  home: [HOME_QUERY, { latestCount: 3 }],
} as const

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!

async function timed(run: () => Promise<unknown>) {
  const started = performance.now()
  await run()
  return performance.now() - started
}

/** Rewrites the file as a publish does (a new file renamed over it), so the source reloads it. */
function publish(file: string) {
  writeFileSync(`${file}.partial`, readFileSync(file))
  renameSync(`${file}.partial`, file)
}

const results = []
for (const articles of ARCHIVES) {
  const file = articles === 13 ? SEED : writeGrownDataset(SEED, articles)
  for (const evaluation of ['full-scan', 'indexed'] as const) {
    const source = embeddedSource(file, undefined, evaluation)
    const read =
      ([query, params]: readonly [string, object]) =>
      () =>
        source.query(query, params as Record<string, unknown>, 'published')
    if (file !== SEED) publish(file)
    const row: Record<string, unknown> = { articles, evaluation }
    row.reloadMs = await timed(read(READS.article))
    for (const [name, args] of Object.entries(READS)) {
      const times = []
      for (let round = 0; round < ROUNDS; round++) times.push(await timed(read(args)))
      row[`${name}Ms`] = median(times)
    }
    results.push(row)
    console.log(
      Object.entries(row)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? v.toFixed(1) : v}`)
        .join(' '),
    )
  }
}
const out = path.join(WEB_DIR, '.bench')
mkdirSync(out, { recursive: true })
writeFileSync(
  path.join(out, 'reads.json'),
  JSON.stringify({ load: os.loadavg()[0], results }, null, 2),
)
