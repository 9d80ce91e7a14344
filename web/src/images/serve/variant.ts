import type { ImageFile, Region, Transform } from './request'

export const FORMATS = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
} as const

export type Format = keyof typeof FORMATS

/** One image as it is sent: which part of which file, at what size, in what format. */
export interface Variant {
  file: ImageFile
  region: Region
  width: number
  height: number
  format: Format
}

/**
 * What a transform draws: the region scaled to fit its box, never past its own size (so no
 * request can ask for more pixels than the original has), in webp when the browser takes it
 * (`auto=format`), else in the file's own format. Two requests that draw the same are one variant.
 */
export function variantOf(file: ImageFile, transform: Transform, acceptsWebp: boolean): Variant {
  const { region } = transform
  const scale = Math.min(
    1,
    transform.width / region.width,
    transform.height ? transform.height / region.height : 1,
  )
  const own = file.extension === 'jpg' ? 'jpeg' : (file.extension as Format)
  return {
    file,
    region,
    width: Math.max(1, Math.round(region.width * scale)),
    height: Math.max(1, Math.round(region.height * scale)),
    format: acceptsWebp ? 'webp' : own,
  }
}

/** A name for the variant, the same for every request that draws it. */
export function variantKey({ file, region, width, height, format }: Variant): string {
  const { left, top } = region
  return `${file.name} ${left},${top},${region.width},${region.height} ${width}x${height} ${format}`
}
