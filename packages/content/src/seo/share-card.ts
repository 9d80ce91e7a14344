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
