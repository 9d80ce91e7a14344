import { PortableText, type PortableTextBlock } from '@portabletext/react'
import { richTextComponents, richTextComponentsFor } from './components'
import styles from './RichText.module.css'
import type { RichTextValue } from './types'

export type { RichTextValue }

interface RichTextProps {
  value: RichTextValue | null | undefined
  className?: string
  /** The site's address, so links to its own pages print in full. */
  siteUrl?: string
}

/** Deeper lists read as this deep: a `level` of 750 would nest 750 lists and overflow the stack. */
const MAX_LIST_LEVEL = 4

function withSaneListLevels(value: RichTextValue): PortableTextBlock[] {
  return value.map((block) => {
    if (!('listItem' in block) || !block.listItem) return block as PortableTextBlock
    const level = Math.trunc(Number(block.level))
    const clamped = Number.isFinite(level) ? Math.min(Math.max(level, 1), MAX_LIST_LEVEL) : 1
    return { ...block, level: clamped } as PortableTextBlock
  })
}

/** Portable Text rendered as prose with the site's typography; never an HTML string. */
export function RichText({ value, className, siteUrl }: RichTextProps) {
  if (!value?.length) return null
  return (
    <div className={className ? `${styles.prose} ${className}` : styles.prose}>
      <PortableText
        value={withSaneListLevels(value)}
        components={siteUrl ? richTextComponentsFor(siteUrl) : richTextComponents}
        onMissingComponent={false}
      />
    </div>
  )
}
