import { toPlainText, type PortableTextBlock } from '@portabletext/react'
import type { RichTextValue } from './types'

/** Reading speed the client's "n min read" assumes. */
export const WORDS_PER_MINUTE = 200

/** How many words the text blocks hold; images and other objects add none. */
export function wordCount(blocks: RichTextValue | null | undefined): number {
  if (!blocks?.length) return 0
  // The cast is safe: toPlainText skips anything that is not a text block.
  return toPlainText([...blocks] as PortableTextBlock[])
    .split(/\s+/)
    .filter((word) => word.length > 0).length
}

/** Minutes to read the blocks at 200 words a minute, rounded up, never less than one. */
export function readTimeMinutes(blocks: RichTextValue | null | undefined): number {
  return Math.max(1, Math.ceil(wordCount(blocks) / WORDS_PER_MINUTE))
}
