import { TYPE } from '@chaffcent/content/content-types'
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { readNdjson, writeNdjson } from '@chaffcent/content/dataset'
import { createLake, type LakeOptions } from './lake'
import { SEED } from './serve'

/** A lake over a throwaway copy of a small dataset, on a free loopback port. */
export async function startTestLake(documents: object[], options: Partial<LakeOptions> = {}) {
  const datasetFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'lake-')), 'data.ndjson')
  writeNdjson(datasetFile, documents)
  const lake = createLake({ datasetFile, ...options })
  await new Promise<void>((resolve) => lake.server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(lake.server.address() as AddressInfo).port}`
  const api = (route: string) => `${origin}/v2025-02-19${route}`
  const post = (route: string, body: unknown) =>
    fetch(api(route), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const close = () => {
    lake.closeListeners()
    lake.server.closeAllConnections()
    lake.server.close()
  }
  return { lake, datasetFile, origin, api, post, close }
}

export const article = (id: string, title: string, slug = id) => ({
  _id: id,
  _type: TYPE.article,
  _rev: 'seed',
  title,
  slug: { _type: 'slug', current: slug },
})

/** The client's seed, every document, as a test lake takes them. */
export const seedDocuments = () => readNdjson(SEED)
