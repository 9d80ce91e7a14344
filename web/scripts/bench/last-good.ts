// `pnpm bench last-good`: what the last-good store
// (src/content/last-good/) costs at 1,000 and 10,000 articles. A build writes one entry per
// article read (the seed's articles, copied under new slugs); then a fresh process, as a
// server would in an outage, recalls every one of them. Its memory after that should not
// grow with the archive. Figures go to web/.bench/last-good.json.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readNdjson } from '@chaffcent/content/dataset'
import { LastGoodStore } from '../../src/content/last-good/store.ts'
import { SEED } from '../../tests/support/servers.ts'

/** The recalling child loads the site's source through tsx too (main.ts). */
const TSX = import.meta.resolve('tsx')
const ARCHIVES = [1_000, 10_000]
const keyOf = (n: number) =>
  JSON.stringify([
    'published',
    '*[_type == "article" && slug.current == $slug][0]{…}',
    { slug: `a-${n}` },
  ])

const seedArticles = () => readNdjson(SEED).filter((doc) => doc._type === 'article')

function build(folder: string, articles: number) {
  const seed = seedArticles()
  const store = new LastGoodStore({ folder, building: true })
  const started = performance.now()
  for (let n = 0; n < articles; n++)
    store.remember(keyOf(n), {
      ...seed[n % seed.length],
      _id: `a-${n}`,
      slug: { current: `a-${n}` },
    })
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => file.endsWith('.json'))
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  return {
    writeMsEach: (performance.now() - started) / articles,
    files: files.length,
    diskMB: bytes / 2 ** 20,
  }
}

/** Run in a child: a server that has read nothing yet recalls every entry, as in an outage. */
function recallAll(folder: string, articles: number) {
  const store = new LastGoodStore({ folder })
  const started = performance.now()
  let found = 0
  let rssAfterFirstThousandMB = 0
  for (let n = 0; n < articles; n++) {
    if (store.recall(keyOf(n)) !== undefined) found++
    if (n === 999) rssAfterFirstThousandMB = memoryMB().rssMB
    if (n % 1000 === 999) globalThis.gc?.()
  }
  const recallMsEach = (performance.now() - started) / articles
  return { found, recallMsEach, rssAfterFirstThousandMB, ...memoryMB() }
}

function memoryMB() {
  globalThis.gc?.()
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  return {
    rssMB: mb(rss),
    heapMB: mb(heapUsed),
    heapTotalMB: mb(heapTotal),
    externalMB: mb(external),
  }
}

const [script, mode, folderArg, countArg] = process.argv.slice(1)
if (script === fileURLToPath(import.meta.url) && mode === 'recall')
  console.log(JSON.stringify(recallAll(folderArg!, Number(countArg))))

export async function run(): Promise<void> {
  const results = []
  for (const articles of ARCHIVES) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bench-last-good-'))
    try {
      const written = build(folder, articles)
      const script = fileURLToPath(import.meta.url)
      const args = ['--expose-gc', '--import', TSX, script, 'recall', folder, `${articles}`]
      const recalled = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }))
      results.push({ articles, ...written, ...recalled })
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }
  console.table(results)
  // Loaded here, not above: the recalling child's memory is the figure, so it loads no more than it uses.
  const { machineLoad, writeResults } = await import('./settings.ts')
  writeResults('last-good.json', { load: machineLoad(), results })
}
