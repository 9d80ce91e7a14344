// Gives the publishing server its own copy of the build and of the dataset, so tests can
// edit content and revalidate without touching the seed or the site server's cache.
import { cpSync, mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = path.join(os.tmpdir(), 'chaffcent-e2e-publishing')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
cpSync(path.join('..', 'studio', 'seed', 'production.ndjson'), path.join(dir, 'production.ndjson'))

rmSync('.next-publishing', { recursive: true, force: true })
cpSync('.next', '.next-publishing', { recursive: true })
