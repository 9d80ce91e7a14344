import { createImageUrlBuilder, type SanityImageSource } from '@sanity/image-url'

type Env = Readonly<Record<string, string | undefined>>

/** An image field as content carries it: the asset reference plus the editor's crop and hotspot. */
export interface ContentImage {
  asset?: { _ref?: string | null } | null
  crop?: { top: number; bottom: number; left: number; right: number } | null
  hotspot?: { x: number; y: number; width: number; height: number } | null
}

const ASSET_REF = /^image-[A-Za-z0-9]+-(\d+)x(\d+)-[a-z0-9]+$/

const allFinite = (box: object | null | undefined) =>
  box != null && Object.values(box).every((value) => Number.isFinite(value))

/** The image without a crop or hotspot that is not all numbers (they would draw NaN sizes). */
function withSaneFraming(source: ContentImage): ContentImage {
  return {
    ...source,
    crop: allFinite(source.crop) ? source.crop : null,
    hotspot: allFinite(source.hotspot) ? source.hotspot : null,
  }
}

interface ImageUrlOptions {
  /** Width ÷ height to cut to; the hotspot decides what stays in frame. */
  aspectRatio?: number
  env?: Env
}

/**
 * The CDN address of an image at a given width, cropped as the editor cropped it, or null
 * when no Sanity project is configured: the embedded dataset has no image assets to serve.
 */
export function imageUrl(
  source: ContentImage,
  width: number,
  { aspectRatio, env = process.env }: ImageUrlOptions = {},
): string | null {
  const projectId = env.SANITY_PROJECT_ID?.trim()
  const dataset = env.SANITY_DATASET?.trim()
  // A reference that is not an image asset id makes the builder throw: render nothing.
  if (!projectId || !dataset || !ASSET_REF.test(source.asset?._ref ?? '')) return null
  let builder = createImageUrlBuilder({ projectId, dataset })
    .image(withSaneFraming(source) as SanityImageSource)
    .width(Math.round(width))
    .fit('max')
    .auto('format')
  if (aspectRatio) builder = builder.height(Math.round(width / aspectRatio))
  return builder.url()
}

/**
 * The width and height an image will be drawn at, for the `<img>` attributes that reserve
 * its space: Sanity's asset id carries the original size, the crop trims it, and the
 * CDN never enlarges past the cropped original. Null when the reference is not an image id.
 */
export function imageDimensions(
  source: ContentImage,
  maxWidth: number,
): { width: number; height: number } | null {
  const match = ASSET_REF.exec(source.asset?._ref ?? '')
  if (!match) return null
  const crop = withSaneFraming(source).crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const croppedWidth = Number(match[1]) * (1 - crop.left - crop.right)
  const croppedHeight = Number(match[2]) * (1 - crop.top - crop.bottom)
  if (croppedWidth <= 0 || croppedHeight <= 0) return null
  const width = Math.min(maxWidth, Math.round(croppedWidth))
  return { width, height: Math.round((width * croppedHeight) / croppedWidth) }
}
