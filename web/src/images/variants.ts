import { imageUrl } from '@chaffcent/content/image-url'
import { SHARE_IMAGE_SIZE } from '@chaffcent/content/seo/share-card'

/**
 * Every size the site draws an editor's image at: the widths offered to the browser (smallest
 * first) and the shape cut to, if any. Components ask for images by these names (SanityImage)
 * and the image endpoint serves only the addresses they produce (serve/request.ts), so a size
 * added here is both written and served, and no other size costs a render.
 */
export const IMAGE_VARIANTS = {
  articleCover: { widths: [480, 720, 1080, 1440], aspectRatio: 16 / 9 },
  articleCard: { widths: [360, 540, 720, 1080], aspectRatio: 16 / 9 },
  /** The reading column is at most about 700 px wide. */
  richText: { widths: [480, 720, 1080, 1440] },
  cardLogo: { widths: [128, 256] },
  ventureLogo: { widths: [160, 320, 480] },
  /** A person's photo on their card, square. */
  portrait: { widths: [160, 320], aspectRatio: 1 },
  /** A document's share card (`og:image`): @chaffcent/content/seo writes it at this size. */
  shareCard: {
    widths: [SHARE_IMAGE_SIZE.width],
    aspectRatio: SHARE_IMAGE_SIZE.width / SHARE_IMAGE_SIZE.height,
  },
} as const satisfies Record<string, { widths: readonly number[]; aspectRatio?: number }>

export type ImageVariant = keyof typeof IMAGE_VARIANTS

/**
 * An image query without its `rect` (which follows each editor's crop), in one order: what
 * tells one size from another.
 */
export function sizeQuery(query: URLSearchParams): string {
  const entries = [...query].filter(([name]) => name !== 'rect')
  return new URLSearchParams(entries.sort(([a], [b]) => a.localeCompare(b))).toString()
}

/** Any asset id will do: the query @sanity/image-url writes depends only on size and shape. */
const PROBE = { asset: { _ref: 'image-probe-1x1-png' } }
const PROBE_HOST = { projectId: 'probe', dataset: 'probe', baseUrl: 'https://probe.invalid' }

/**
 * The queries the site's image URLs carry, taken from the URL builder itself
 * (@chaffcent/content/image-url) for every variant above: `w`, `h`, `fit`, `auto`.
 */
export const EMITTED_SIZE_QUERIES: ReadonlySet<string> = new Set(
  Object.values(IMAGE_VARIANTS).flatMap((variant) =>
    variant.widths.map((width) => {
      const aspectRatio = 'aspectRatio' in variant ? variant.aspectRatio : undefined
      const url = imageUrl(PROBE, width, { aspectRatio, host: PROBE_HOST })
      return sizeQuery(new URL(url!).searchParams)
    }),
  ),
)
