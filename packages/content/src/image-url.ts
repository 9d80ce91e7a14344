import { createImageUrlBuilder, type SanityImageSource } from '@sanity/image-url'

/** Where image URLs point: a Sanity project's CDN, or the site's own endpoint (web's app/images). */
export interface ImageHost {
  projectId: string
  dataset: string
  /** The CDN's origin; `/` makes @sanity/image-url write paths on the site itself. */
  baseUrl: string
}

/**
 * An image field as content carries it: the asset as a reference (rich text) or as the
 * asset document a query followed the reference to, plus the editor's crop and hotspot.
 */
export interface ContentImage {
  asset?: { _ref?: string | null; _id?: string | null } | null
  crop?: { top: number; bottom: number; left: number; right: number } | null
  hotspot?: { x: number; y: number; width: number; height: number } | null
}

/** `image-<sha1>-<width>x<height>-<format>`: Sanity's image asset id, which carries the original's size. */
export const ASSET_ID = /^image-([A-Za-z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

const assetId = (source: ContentImage) => source.asset?._id ?? source.asset?._ref ?? ''

const allFinite = (box: object | null | undefined) =>
  box != null && Object.values(box).every((value) => Number.isFinite(value))

/** The image without a crop or hotspot that is not all numbers (they would draw NaN sizes). */
function withSaneFraming(source: ContentImage): ContentImage {
  return {
    asset: { _ref: assetId(source) },
    crop: allFinite(source.crop) ? source.crop : null,
    hotspot: allFinite(source.hotspot) ? source.hotspot : null,
  }
}

export interface ImageUrlOptions {
  /** Width ÷ height to cut to; the hotspot decides what stays in frame. */
  aspectRatio?: number
  host: ImageHost
}

/**
 * The address of an image at a given width, cropped as the editor cropped it, on `host`
 * (the site and the studio's preview each know theirs). Null when the asset is not an
 * image asset id (the builder would throw).
 */
export function imageUrl(
  source: ContentImage,
  width: number,
  { aspectRatio, host }: ImageUrlOptions,
): string | null {
  if (!ASSET_ID.test(assetId(source))) return null
  let builder = createImageUrlBuilder(host)
    .image(withSaneFraming(source) as SanityImageSource)
    .width(Math.round(width))
    .fit('max')
    .auto('format')
  if (aspectRatio) builder = builder.height(Math.round(width / aspectRatio))
  return builder.url()
}

/**
 * The width and height an image will be drawn at, for the `<img>` attributes that reserve
 * its space: the asset id carries the original size, the crop trims it, a cut to an aspect
 * ratio sets the shape, and the CDN never enlarges past the cropped original.
 */
export function imageDimensions(
  source: ContentImage,
  maxWidth: number,
  aspectRatio?: number,
): { width: number; height: number } | null {
  const match = ASSET_ID.exec(assetId(source))
  if (!match) return null
  const crop = withSaneFraming(source).crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const croppedWidth = Number(match[2]) * (1 - crop.left - crop.right)
  const croppedHeight = Number(match[3]) * (1 - crop.top - crop.bottom)
  if (croppedWidth <= 0 || croppedHeight <= 0) return null
  const ratio = aspectRatio ?? croppedWidth / croppedHeight
  const width = Math.min(maxWidth, Math.round(croppedWidth))
  return { width, height: Math.round(width / ratio) }
}
