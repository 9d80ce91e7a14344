// Image assets for test datasets, made with sharp when a dataset copy is prepared: the
// `sanity.imageAsset` documents Sanity would store, and their files under `assets/` beside
// the dataset (file `<sha1>-<w>x<h>.<ext>` for asset `image-<sha1>-<w>x<h>-<ext>`).
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { imageFileName, imageFilesFolder } from '@chaffcent/content/image-files'

interface ImageSpec {
  width: number
  height: number
  format: 'jpg' | 'png'
  colour: string
}

/** A cover photo, a logo with transparency, a share card: one of each kind the site shows. */
export const IMAGE_FIXTURES = {
  cover: { width: 1600, height: 900, format: 'jpg', colour: '#2a6f97' },
  logo: { width: 400, height: 200, format: 'png', colour: '#f2b01e80' },
  share: { width: 1200, height: 630, format: 'jpg', colour: '#0b1620' },
} as const satisfies Record<string, ImageSpec>

export type ImageFixtureName = keyof typeof IMAGE_FIXTURES

/** A plain field of colour with a stripe, so crops and resizes change what is drawn. */
async function draw({ width, height, format, colour }: ImageSpec): Promise<Buffer> {
  const stripe = await sharp({
    create: { width: Math.round(width / 4), height, channels: 4, background: '#ffffff' },
  })
    .png()
    .toBuffer()
  const image = sharp({ create: { width, height, channels: 4, background: colour } }).composite([
    { input: stripe, left: 0, top: 0 },
  ])
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer()
}

/** The asset document Sanity keeps for an uploaded image, its lqip made as Sanity makes it. */
async function assetDocument(name: string, spec: ImageSpec, data: Buffer) {
  const sha1 = createHash('sha1').update(data).digest('hex')
  const lqip = await sharp(data).resize(20).jpeg({ quality: 40 }).toBuffer()
  return {
    _id: `image-${sha1}-${spec.width}x${spec.height}-${spec.format}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension: spec.format,
    mimeType: spec.format === 'png' ? 'image/png' : 'image/jpeg',
    originalFilename: `${name}.${spec.format}`,
    size: data.length,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: spec.width,
        height: spec.height,
        aspectRatio: spec.width / spec.height,
      },
      lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
      hasAlpha: spec.format === 'png',
    },
  }
}

export type ImageAssetDocument = Awaited<ReturnType<typeof assetDocument>>

/** Writes each fixture's file into `assets/` beside the dataset; returns their asset documents. */
export async function writeImageAssets(datasetFile: string): Promise<ImageAssetDocument[]> {
  const dir = imageFilesFolder(datasetFile)
  mkdirSync(dir, { recursive: true })
  const documents: ImageAssetDocument[] = []
  for (const [name, spec] of Object.entries(IMAGE_FIXTURES)) {
    const data = await draw(spec)
    const doc = await assetDocument(name, spec, data)
    writeFileSync(path.join(dir, imageFileName(doc._id)), data)
    documents.push(doc)
  }
  return documents
}

/** An `accessibleImage` field referring to `assetId`, as the studio writes one. */
export function accessibleImage(assetId: string, alt: string, extra: Record<string, unknown> = {}) {
  return { _type: 'accessibleImage', asset: { _type: 'reference', _ref: assetId }, alt, ...extra }
}
