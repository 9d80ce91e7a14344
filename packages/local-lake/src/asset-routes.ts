import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import path from 'node:path'
import type { Commit } from './commit'
import type { Dataset } from './dataset'
import { onlyDataset } from './data-routes'
import { notFound, readBody, requireBodyType } from './http'
import { describeImage, MIME_TYPES } from './image-asset'
import type { Route } from './route'
import { imageFilesFolder } from '@chaffcent/content/image-files'

interface AssetContext {
  datasetName: string
  projectId: string
  dataset: Dataset
  commit: Commit
}

const FILE_NAME = /^([0-9a-f]{40}-\d+x\d+\.([a-z]+))$/

/** The file first, by a rename (whole or absent), so a document never names a missing file. */
function writeAtomically(file: string, bytes: Buffer) {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${randomUUID()}.tmp`
  writeFileSync(temporary, bytes)
  renameSync(temporary, file)
}

/** Where the asset can be fetched again: this lake, as the caller reached it. */
function originOf(request: IncomingMessage) {
  const secure = 'encrypted' in request.socket && Boolean(request.socket.encrypted)
  return `${secure ? 'https' : 'http'}://${request.headers.host ?? request.headers[':authority']}`
}

/**
 * Image upload (`POST /assets/images/<dataset>`, @sanity/client's `assets.upload`) and the
 * files, served at a path like Sanity's CDN (`/images/<project>/<dataset>/<file>`), as
 * originals: a `?w=` or other transformation is not applied.
 */
export function assetRoutes({ datasetName, projectId, dataset, commit }: AssetContext): Route[] {
  const assetsDir = imageFilesFolder(dataset.file)
  const forDataset = onlyDataset(datasetName)
  return [
    [
      'POST',
      /^\/assets\/images\/([\w-]+)$/,
      forDataset(async ({ request, url }) => {
        // @sanity/client sends the file's own type; a cross-site form could send no image type.
        requireBodyType(request, (type) => type.startsWith('image/'))
        const bytes = await readBody(request)
        const { id, fileName, ...image } = await describeImage(bytes)
        const existing = dataset.get(id)
        if (existing) return { document: existing }
        writeAtomically(path.join(assetsDir, fileName), bytes)
        const filePath = `images/${projectId}/${datasetName}/${fileName}`
        const originalFilename = url.searchParams.get('filename') ?? fileName
        const asset = { _id: id, _type: 'sanity.imageAsset', assetId: image.sha1hash }
        const document = { ...asset, ...image, originalFilename, path: filePath }
        const assetUrl = `${originOf(request)}/${filePath}`
        const { changes } = await commit([{ createIfNotExists: { ...document, url: assetUrl } }])
        return { document: changes[0]?.after ?? dataset.get(id) }
      }),
    ],
    [
      'GET',
      /^\/images\/[\w-]+\/([\w-]+)\/([^/]+)$/,
      forDataset(async ({ response, parts: [, name = ''] }) => {
        const [, fileName, extension = ''] = FILE_NAME.exec(name) ?? []
        const bytes = fileName && (await readFile(path.join(assetsDir, fileName)).catch(() => null))
        if (!bytes) throw notFound(`No image "${name}"`)
        // The name is the content's hash: it never changes.
        const cache = 'public, max-age=31536000, immutable'
        response.writeHead(200, { 'content-type': MIME_TYPES[extension]!, 'cache-control': cache })
        response.end(bytes)
      }),
    ],
  ]
}
