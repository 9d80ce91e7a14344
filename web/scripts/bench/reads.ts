// `pnpm bench reads`: what the embedded source's reads cost as the archive grows. For 13 (the
// seed), 1,000 and 10,000 articles (the seed's, copied under new slugs and dates), it times the
// reads of an article's page, /insights page 1, a category page and home, both ways: scanning
// the whole dataset (as before the index) and through the index. "reload" is the first read
// after the file is rewritten unchanged. "after publish" (through the index) edits the article's
// title, rewrites the file as a publish does, and times the first read of the article, of
// /insights and of a category page after it (each after its own publish): re-reading the file,
// re-indexing and the read itself. "rss" is this process's resident memory then, holding the
// dataset. Figures go to web/.bench/reads.json. Runs the site's own source, which main.ts loads
// through tsx.
import { TYPE } from '@chaffcent/content/content-types'
import { readFileSync } from 'node:fs'
import { readNdjson, writeAtomically } from '@chaffcent/content/dataset'
import { pageRange } from '../../src/content/articles/pagination.ts'
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
    .filter((doc) => doc._type === TYPE.article)
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
  const category = seed.find((doc) => doc._type === TYPE.category)!.slug as { current: string }
  const slug = (newestArticle.slug as { current: string }).current
  return {
    articleId: newestArticle._id,
    article: [ARTICLE_QUERY, { slug, preview: false }],
    insights: [ARTICLE_INDEX_QUERY, { category: null, ...pageRange(1) }],
    category: [ARTICLE_INDEX_QUERY, { category: category.current, ...pageRange(1) }],
    home: [HOME_QUERY, { latestCount: 3 }],
  } as const
}

const pageReadsOf = ({ articleId: _, ...reads }: ReturnType<typeof pageReads>) => reads

async function timed(read: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await read()
  return performance.now() - started
}

/** Rewrites the file as a publish does (a new file renamed over it), so the source reloads it. */
const republish = (file: string) => writeAtomically(file, readFileSync(file, 'utf8'))

/**
 * Publishes a new title of one document: its line changes, the file is rewritten whole. The
 * lines around it are written from buffers kept between publishes: joining the archive into a
 * new 100 MB string each time would leave this process, not the site's reads, the garbage that
 * a publisher (another process: the local lake, the CLI) leaves in its own.
 */
function publisher(file: string, id: string) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const at = lines.findIndex((line) => line.includes(`"_id":${JSON.stringify(id)}`))
  const doc = JSON.parse(lines[at]!) as { title: string }
  const before = Buffer.from(
    lines
      .slice(0, at)
      .map((line) => `${line}\n`)
      .join(''),
  )
  const after = Buffer.from(
    lines
      .slice(at + 1)
      .map((line) => `\n${line}`)
      .join(''),
  )
  let edits = 0
  return () => {
    const line = JSON.stringify({ ...doc, title: `${doc.title} (edit ${++edits})` })
    writeAtomically(file, [before, Buffer.from(line), after])
  }
}

type Read = readonly [string, object]

/** The median first read of each page after a publish of the article, each after its own. */
async function afterPublish(
  file: string,
  reads: Record<'article' | 'insights' | 'category', Read>,
  id: string,
) {
  const source = embeddedSource(file)
  const publish = publisher(file, id)
  const read =
    ([query, params]: Read) =>
    () =>
      source.query(query, params as Record<string, unknown>, 'published')
  await read(reads.article)() // the first load, at start, is not a publish
  const row: Record<string, number | null> = {}
  for (const [name, args] of Object.entries(reads)) {
    const times = []
    for (let round = 0; round < ROUNDS; round++) {
      publish()
      times.push(await timed(read(args)))
    }
    row[`${name}AfterPublishMs`] = median(times)
  }
  return { ...row, rssMB: Math.round(process.memoryUsage().rss / 1e6) }
}

export async function run(): Promise<void> {
  const reads = pageReads()
  const results = []
  for (const articles of ARCHIVES) {
    // A copy even of the seed (13 articles: nothing added), since "after publish" edits it.
    const file = writeGrownDataset(SEED, articles)
    for (const evaluation of ['full-scan', 'indexed'] as const) {
      const source = embeddedSource(file, undefined, evaluation)
      const read =
        ([query, params]: readonly [string, object]) =>
        () =>
          source.query(query, params as Record<string, unknown>, 'published')
      republish(file)
      const row: Record<string, unknown> = { articles, evaluation }
      row.reloadMs = await timed(read(reads.article))
      for (const [name, args] of Object.entries(pageReadsOf(reads))) {
        const times = []
        for (let round = 0; round < ROUNDS; round++) times.push(await timed(read(args)))
        row[`${name}Ms`] = median(times)
      }
      if (evaluation === 'indexed')
        Object.assign(row, await afterPublish(file, pageReadsOf(reads), reads.articleId))
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
