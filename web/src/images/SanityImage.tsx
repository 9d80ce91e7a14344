import { imageDimensions, imageUrl } from '@chaffcent/content/image-url'
import { imageHost } from '@/content/config'
import type { SiteImage } from './schema'
import { IMAGE_VARIANTS, type ImageVariant } from './variants'
import styles from './SanityImage.module.css'

interface SanityImageProps {
  image: SiteImage
  /**
   * Which of the site's sizes (variants.ts): the widths offered to the browser (the largest is
   * the `width` attribute) and the shape cut to (the editor's hotspot stays in frame), if any.
   */
  variant: ImageVariant
  /** How wide the image is drawn, for the browser to pick from the variant's widths. */
  sizes: string
  /** Above the fold: load at once rather than when scrolled to. */
  priority?: boolean
  /** Off for images with transparent parts (logos), which would show the blur through them. */
  placeholder?: boolean
  className?: string
}

/**
 * An editor's image at the sizes the layout needs, its space reserved by width and height,
 * over its blurred placeholder while it loads. The placeholder is an `<img>` of its own
 * because the Content-Security-Policy forbids inline styles.
 */
export function SanityImage({
  image,
  variant,
  sizes,
  priority,
  placeholder = true,
  className,
}: SanityImageProps) {
  const { widths, ...shape } = IMAGE_VARIANTS[variant]
  const aspectRatio = 'aspectRatio' in shape ? shape.aspectRatio : undefined
  const largest = widths[widths.length - 1] ?? 0
  // Sanity's image CDN for a hosted project, the site's own endpoint for the embedded dataset.
  const host = imageHost()
  const size = imageDimensions(image, largest, aspectRatio)
  const src = imageUrl(image, largest, { aspectRatio, host })
  if (!size || !src) return null
  const srcSet = widths.map((width) => `${imageUrl(image, width, { aspectRatio, host })} ${width}w`)
  return (
    <span className={`${styles.frame} ${className ?? ''}`}>
      {placeholder && image.lqip ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img className={styles.placeholder} src={image.lqip} alt="" aria-hidden="true" />
      ) : null}
      {/* The URL builder sizes and encodes the image, so next/image would only add a second pass. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        className={styles.image}
        src={src}
        srcSet={srcSet.join(', ')}
        sizes={sizes}
        alt={image.alt}
        width={size.width}
        height={size.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </span>
  )
}
