import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs'
import { createSecureServer } from 'node:http2'
import path from 'node:path'
import { localCertificate } from './certificate'
import { createLake } from './lake'
import { createStudioServer } from './studio-server'
import { seedDataset } from '@chaffcent/content/dataset'
import { imageFilesFolder } from '@chaffcent/content/image-files'

export const REPOSITORY = path.resolve(import.meta.dirname, '..', '..', '..')
export const SEED = seedDataset(REPOSITORY)
const STUDIO_DIST = path.join(REPOSITORY, 'studio', 'dist')

export interface ServePorts {
  /** Plain HTTP, for the site's server and other server-side clients. */
  lake: number
  /** HTTP/2 over TLS, for the studio in the browser (see certificate.ts for why). */
  studioApi: number
  studio: number
}

export interface ServeOptions {
  datasetFile: string
  ports: ServePorts
  siteOrigin: string
  /** The studio's project id: the certificate names `<projectId>.localhost`. */
  projectId: string
  /** The webhook secret the site checks; no webhook without it. */
  revalidateSecret?: string
}

/** A setting the browser tests' servers cannot start without. */
export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

/** A copy of the seed and its image files to edit: working locally never changes the seed. */
export function copyOfSeed(file: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  copyFileSync(SEED, file)
  const seedAssets = imageFilesFolder(SEED)
  if (existsSync(seedAssets)) cpSync(seedAssets, imageFilesFolder(file), { recursive: true })
  return file
}

const listen = (
  server: { listen(port: number, host: string, done: () => void): void },
  port: number,
) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

/** The lake (plain and TLS) and the built studio pointed at it, all on loopback. */
export async function serveLakeAndStudio({ ports, siteOrigin, ...options }: ServeOptions) {
  const secret = options.revalidateSecret
  const studioOrigin = `http://localhost:${ports.studio}`
  const lake = createLake({
    datasetFile: options.datasetFile,
    projectId: options.projectId,
    // The studio as a browser may reach it: by name or by address.
    studioOrigins: [studioOrigin, `http://127.0.0.1:${ports.studio}`],
    ...(secret ? { webhook: { siteOrigin, secret } } : {}),
  })
  const studioApiOrigin = `https://localhost:${ports.studioApi}`
  const studio = createStudioServer(STUDIO_DIST, studioApiOrigin, siteOrigin)
  const certificate = localCertificate(['localhost', `${options.projectId}.localhost`])
  const handler = lake.handler as (request: unknown, response: unknown) => void
  const secure = createSecureServer({ ...certificate, allowHTTP1: true }, handler)
  secure.on('upgrade', lake.upgrade)
  await Promise.all([
    listen(lake.server, ports.lake),
    listen(secure, ports.studioApi),
    listen(studio, ports.studio),
  ])
  return {
    lakeOrigin: `http://localhost:${ports.lake}`,
    studioApiOrigin,
    studioOrigin,
    close() {
      lake.closeListeners()
      for (const server of [lake.server, secure, studio]) server.close()
    },
  }
}
