import sharp from 'sharp'
import type { Variant } from './variant'

/** Crops, resizes and encodes one variant, at exactly its size (variant.ts decided it). */
export async function render(input: Buffer, variant: Variant): Promise<Uint8Array> {
  const { file, region } = variant
  let image = sharp(input, { limitInputPixels: 50_000_000 }).rotate()
  if (region.width !== file.width || region.height !== file.height) image = image.extract(region)
  image = image.resize(variant.width, variant.height, { fit: 'fill' })
  if (variant.format === 'webp') return image.webp().toBuffer()
  if (variant.format === 'png') return image.png().toBuffer()
  if (variant.format === 'gif') return image.gif().toBuffer()
  return image.jpeg().toBuffer()
}
