// Gives the publishing server its own copy of the build and of the dataset, so tests can
// edit content and revalidate without touching the seed or the site server's cache. The copy
// also carries image assets (tests/support/image-fixtures.ts), which no document uses until
// a test points one at them; the seed itself has no images.
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { writeImageAssets } from './image-fixtures.ts'

// The folder the Playwright config names, so tests and server edit the same copy.
const dataset = process.env.CONTENT_DATASET_PATH
const dir = path.dirname(dataset)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
cpSync(path.join('..', 'studio', 'seed', 'production.ndjson'), dataset)
const assets = await writeImageAssets(dataset)
appendFileSync(dataset, assets.map((doc) => `${JSON.stringify(doc)}\n`).join(''))

rmSync('.next-publishing', { recursive: true, force: true })
cpSync('.next', '.next-publishing', { recursive: true })
