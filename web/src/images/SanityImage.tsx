import { imageDimensions, imageUrl } from '@chaffcent/content/image-url'
import { imageHost } from '@/content/config'
import type { SiteImage } from './schema'
import styles from './SanityImage.module.css'

interface SanityImageProps {
  image: SiteImage
  /** The widths offered to the browser, smallest first; the largest is the `width` attribute. */
  widths: readonly number[]
  /** How wide the image is drawn, for the browser to pick from `widths`. */
  sizes: string
  /** Width ÷ height to cut to (the editor's hotspot stays in frame); else the crop's own shape. */
  aspectRatio?: number
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
  widths,
  sizes,
  aspectRatio,
  priority,
  placeholder = true,
  className,
}: SanityImageProps) {
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
