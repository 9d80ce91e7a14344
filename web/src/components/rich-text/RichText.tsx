import { PortableText, type PortableTextBlock } from '@portabletext/react'
import { richTextComponents } from './components'
import styles from './RichText.module.css'
import type { RichTextValue } from './types'

export type { RichTextValue }

interface RichTextProps {
  value: RichTextValue | null | undefined
  className?: string
}

/** Portable Text rendered as prose with the site's typography; never an HTML string. */
export function RichText({ value, className }: RichTextProps) {
  if (!value?.length) return null
  return (
    <div className={className ? `${styles.prose} ${className}` : styles.prose}>
      <PortableText
        value={[...value] as PortableTextBlock[]}
        components={richTextComponents}
        onMissingComponent={false}
      />
    </div>
  )
}
