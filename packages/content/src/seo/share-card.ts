import { imageDimensions, imageUrl, type ContentImage, type ImageHost } from '../image-url'
import type { SeoImage } from './types'

/** The size of the site's generated share cards (app/opengraph-image.tsx and each article's). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

export const DEFAULT_SHARE_ALT =
  'ChaffCent Ventures Limited: strategic advisory and capability development'

/** The generated card Next serves at `{path}/opengraph-image`; the root's is the site's default. */
export function generatedShareImage(path = '', alt = DEFAULT_SHARE_ALT): SeoImage {
  const base = path.replace(/\/+$/, '')
  return { url: `${base}/opengraph-image`, ...SHARE_IMAGE_SIZE, alt }
}

/** An editor's image field: an asset, its framing and its text alternative. */
export interface ShareableImage extends ContentImage {
  alt?: string | null
  decorative?: boolean | null
}

/**
 * The share card an editor chose: the first of `candidates` that has an image asset (a
 * document's sharing image, then an article's cover), cut to the card's shape around its
 * hotspot. Undefined when there is none, so the caller's fallback (a generated card) applies.
 * `alt` words an image without alt text of its own (a decorative one).
 */
export function sharingImage(
  candidates: (ShareableImage | null | undefined)[],
  alt: string,
  host: ImageHost,
): SeoImage | undefined {
  const aspectRatio = SHARE_IMAGE_SIZE.width / SHARE_IMAGE_SIZE.height
  for (const image of candidates) {
    if (!image) continue
    const url = imageUrl(image, SHARE_IMAGE_SIZE.width, { aspectRatio, host })
    const size = imageDimensions(image, SHARE_IMAGE_SIZE.width, aspectRatio)
    const own = image.decorative ? '' : image.alt?.trim()
    if (url && size) return { url, ...size, alt: own || alt }
  }
  return undefined
}
