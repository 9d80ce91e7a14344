import { z } from 'zod'
import { ASSET_ID } from '@chaffcent/content/image-url'

const crop = z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() })
const hotspot = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })

/** An `accessibleImage` as IMAGE_FIELDS projects it, its asset reference followed. */
const accessibleImage = z
  .object({
    alt: z.string().nullish(),
    decorative: z.boolean().nullish(),
    // A half-written crop or hotspot frames nothing rather than hiding the image.
    crop: crop.nullish().catch(null),
    hotspot: hotspot.nullish().catch(null),
    // Null when the reference leads nowhere (a deleted asset): there is no image to show.
    asset: z
      .object({
        _id: z.string().regex(ASSET_ID),
        lqip: z.string().startsWith('data:image/').nullish().catch(null),
      })
      .nullish(),
  })
  .transform(({ alt, decorative, crop, hotspot, asset }) => {
    if (!asset) return undefined
    return {
      asset: { _id: asset._id },
      crop,
      hotspot,
      // A decorative image says nothing; otherwise the alt text the studio requires describes it.
      alt: decorative ? '' : (alt?.trim() ?? ''),
      /** A tiny blurred copy from the asset's metadata, shown while the image loads. */
      lqip: asset.lqip ?? undefined,
    }
  })

export type SiteImage = NonNullable<z.output<typeof accessibleImage>>

/**
 * An image field, or undefined when it is empty or broken (no asset, an asset reference to
 * nothing or to something that is not an image): the element is left out, never the page.
 * Typed by what a valid image looks like, so generated query types can be compared with it.
 */
export const image = z
  .unknown()
  .transform((value) => accessibleImage.safeParse(value).data)
  // A query that does not ask for the field leaves it out: that is no image too.
  .optional() as unknown as z.ZodType<
  SiteImage | undefined,
  z.input<typeof accessibleImage> | null | undefined
>
