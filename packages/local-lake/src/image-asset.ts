import { createHash } from 'node:crypto'
import { imageAssetId, imageFileName } from '@chaffcent/content/image-files'
import sharp from 'sharp'
import { badRequest } from './http'

/** Sharp's format names, as Sanity names the file's extension and type. */
const FORMATS: Record<string, { extension: string; mimeType: string }> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
  tiff: { extension: 'tiff', mimeType: 'image/tiff' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
}
export const MIME_TYPES = Object.fromEntries(
  Object.values(FORMATS).map(({ extension, mimeType }) => [extension, mimeType]),
)

/** The low-quality placeholder Sanity puts in an image's metadata: 20 pixels wide, inline. */
async function lqipOf(bytes: Buffer) {
  const small = await sharp(bytes).resize(20).jpeg({ quality: 40 }).toBuffer()
  return `data:image/jpeg;base64,${small.toString('base64')}`
}

/**
 * What Sanity records of an uploaded image: its content hash, size and format, named as
 * the Content Lake names it, and the file it is kept in (@chaffcent/content/image-files).
 */
export async function describeImage(bytes: Buffer) {
  const metadata = await sharp(bytes)
    .metadata()
    .catch(() => null)
  const format = metadata?.format && FORMATS[metadata.format]
  if (!metadata?.width || !metadata.height || !format) throw badRequest('The file is not an image')
  const { width, height, hasAlpha = false } = metadata
  const sha1hash = createHash('sha1').update(bytes).digest('hex')
  const id = imageAssetId({ sha1: sha1hash, width, height, extension: format.extension })
  return {
    id,
    fileName: imageFileName(id),
    sha1hash,
    ...format,
    size: bytes.length,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      hasAlpha,
      // Opaque unless it has an alpha channel: close enough without scanning every pixel.
      isOpaque: !hasAlpha,
      lqip: await lqipOf(bytes),
    },
  }
}
