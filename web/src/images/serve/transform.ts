import sharp from 'sharp'
import type { Transform } from './request'

export interface Rendered {
  body: Uint8Array
  contentType: string
}

/** How each `fit` of Sanity's CDN sizes the image; none enlarges but `scale`. */
const RESIZE = {
  max: { fit: 'inside', withoutEnlargement: true },
  clip: { fit: 'inside', withoutEnlargement: false },
  crop: { fit: 'cover', withoutEnlargement: false },
  scale: { fit: 'fill', withoutEnlargement: false },
} as const

/** Crops, resizes and encodes one image as the CDN would; `webp` when the browser takes it. */
export async function render(
  input: Buffer,
  transform: Transform,
  acceptsWebp: boolean,
): Promise<Rendered> {
  let image = sharp(input, { limitInputPixels: 50_000_000 }).rotate()
  if (transform.rect) image = image.extract(transform.rect)
  if (transform.width || transform.height) {
    image = image.resize(transform.width, transform.height, RESIZE[transform.fit])
  }
  const { format } = await sharp(input).metadata()
  const quality = transform.quality
  if (transform.autoFormat && acceptsWebp) {
    return { body: await image.webp({ quality }).toBuffer(), contentType: 'image/webp' }
  }
  if (format === 'png') return { body: await image.png().toBuffer(), contentType: 'image/png' }
  if (format === 'webp')
    return { body: await image.webp({ quality }).toBuffer(), contentType: 'image/webp' }
  if (format === 'gif') return { body: await image.gif().toBuffer(), contentType: 'image/gif' }
  return { body: await image.jpeg({ quality }).toBuffer(), contentType: 'image/jpeg' }
}
