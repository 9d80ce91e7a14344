// Gives the publishing server its own copy of the build and of the dataset, so tests can
// edit content and revalidate without touching the seed or the site server's cache. The copy
// also carries image assets (tests/support/image-fixtures.ts), which no document uses until
// a test points one at them; the seed itself has no images.
import { appendFileSync, cpSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { toNdjson } from '@chaffcent/content/dataset'
import { writeImageAssets } from './image-fixtures.ts'
import { PUBLISHING_DATASET as dataset, SEED } from './servers.ts'

// The file the Playwright config gives the server, so tests and server edit the same copy.
const dir = path.dirname(dataset)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
cpSync(SEED, dataset)
appendFileSync(dataset, toNdjson(await writeImageAssets(dataset)))

rmSync('.next-publishing', { recursive: true, force: true })
cpSync('.next', '.next-publishing', { recursive: true })
