import type { PortableTextTypeComponentProps } from '@portabletext/react'
import { SanityImage } from '@/images/SanityImage'
import { image } from '@/images/schema'
import styles from './RichText.module.css'

/** An `accessibleImage` block in rich text, its asset followed by RICH_TEXT_FIELDS. */
export interface AccessibleImageBlock {
  _type: 'accessibleImage'
  _key: string
  caption?: string | null
  [field: string]: unknown
}

/** A figure in the text; nothing at all when its asset is missing or not an image. */
export function ImageBlock({ value }: PortableTextTypeComponentProps<AccessibleImageBlock>) {
  const shown = image.parse(value)
  if (!shown) return null
  return (
    <figure className={styles.figure}>
      <SanityImage image={shown} variant="richText" sizes="(min-width: 48rem) 44rem, 100vw" />
      {typeof value.caption === 'string' && value.caption ? (
        <figcaption>{value.caption}</figcaption>
      ) : null}
    </figure>
  )
}
