import type { PortableTextTypeComponentProps } from '@portabletext/react'
import { imageDimensions, imageUrl, type ContentImage } from '@/images/image-url'
import styles from './RichText.module.css'

/** An `accessibleImage` block in rich text. */
export interface AccessibleImageBlock extends ContentImage {
  _type: 'accessibleImage'
  _key: string
  alt?: string | null
  decorative?: boolean | null
  caption?: string | null
}

/** The widths offered to the browser; the reading column is at most about 700 px wide. */
const WIDTHS = [480, 720, 1080, 1440]

/** A figure in the text; nothing at all when no image CDN is configured (the embedded dataset). */
export function ImageBlock({ value }: PortableTextTypeComponentProps<AccessibleImageBlock>) {
  const src = imageUrl(value, 720)
  const size = imageDimensions(value, 720)
  if (!src || !size) return null
  const srcSet = WIDTHS.map((width) => `${imageUrl(value, width)} ${width}w`).join(', ')
  // A decorative image says nothing; otherwise the required alt text describes it.
  const alt = value.decorative ? '' : (value.alt ?? '')
  return (
    <figure className={styles.figure}>
      {/* Sanity's CDN sizes and encodes the image, so next/image would only add a second pass. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={src}
        srcSet={srcSet}
        sizes="(min-width: 48rem) 44rem, 100vw"
        alt={alt}
        width={size.width}
        height={size.height}
        loading="lazy"
        decoding="async"
      />
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  )
}
