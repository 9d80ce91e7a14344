// Gives the publishing server its own copy of the build and of the dataset, so tests can
// edit content and revalidate without touching the seed or the site server's cache.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

// The folder the Playwright config names, so tests and server edit the same copy.
const dir = path.dirname(process.env.CONTENT_DATASET_PATH)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
cpSync(path.join('..', 'studio', 'seed', 'production.ndjson'), path.join(dir, 'production.ndjson'))

rmSync('.next-publishing', { recursive: true, force: true })
cpSync('.next', '.next-publishing', { recursive: true })
