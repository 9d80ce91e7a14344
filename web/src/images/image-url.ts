import {
  imageUrl as imageUrlOn,
  type ContentImage,
  type ImageUrlOptions,
} from '@chaffcent/content/image-url'
import { imageHost } from '../content/config'

export { ASSET_ID, imageDimensions, type ContentImage } from '@chaffcent/content/image-url'

/** An image's address on this site's image host (config.ts decides: Sanity's CDN or the site itself). */
export function imageUrl(
  source: ContentImage,
  width: number,
  options: Partial<ImageUrlOptions> = {},
): string | null {
  return imageUrlOn(source, width, { host: imageHost(), ...options })
}
