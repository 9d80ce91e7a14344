import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { createLake } from './lake'
import { createStudioServer } from './studio-server'

export const REPOSITORY = path.resolve(import.meta.dirname, '..', '..', '..')
export const SEED = path.join(REPOSITORY, 'studio', 'seed', 'production.ndjson')
const STUDIO_DIST = path.join(REPOSITORY, 'studio', 'dist')

export interface ServeOptions {
  datasetFile: string
  lakePort: number
  studioPort: number
  siteOrigin: string
  /** The webhook secret the site checks; no webhook without it. */
  revalidateSecret?: string
}

/** A working copy of the seed, made once, so editing locally never changes the checked-in seed. */
export function workingCopy(file: string) {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    copyFileSync(SEED, file)
  }
  return file
}

const listen = (server: ReturnType<typeof createStudioServer>, port: number) =>
  new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

/** The lake and the built studio pointed at it, both on loopback. */
export async function serveLakeAndStudio(options: ServeOptions) {
  const lakeOrigin = `http://localhost:${options.lakePort}`
  const { revalidateSecret: secret, siteOrigin } = options
  const lake = createLake({
    datasetFile: options.datasetFile,
    ...(secret ? { webhook: { siteOrigin, secret } } : {}),
  })
  const studio = createStudioServer(STUDIO_DIST, lakeOrigin, siteOrigin)
  await Promise.all([listen(lake.server, options.lakePort), listen(studio, options.studioPort)])
  return {
    lakeOrigin,
    studioOrigin: `http://localhost:${options.studioPort}`,
    close() {
      lake.closeListeners()
      lake.server.close()
      studio.close()
    },
  }
}
