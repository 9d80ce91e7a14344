import { stegaClean } from 'next-sanity'
import { z } from 'zod'
import type { Perspective } from './source/types'

export { stegaClean }

/**
 * Whether reads carry stega, the invisible marks that let the Presentation tool's overlays
 * find the field behind each piece of text (click-to-edit). Only drafts carry them: editors
 * preview drafts, visitors and crawlers get the published view and never see a mark.
 */
export function stegaEnabledFor(perspective: Perspective): boolean {
  return perspective === 'drafts'
}

/**
 * A string the code reads rather than shows (a slug, a date, an option, an address):
 * its marks are removed before it is checked, so a draft's value compares, parses and
 * builds URLs exactly as the published one does.
 */
export const cleanString = z.string().transform((value) => stegaClean(value))

/**
 * Shown text, trimmed around what a reader sees while keeping the marks @sanity/client
 * appends after it, so the text stays clickable in preview.
 */
export function trimVisible(value: string): string {
  const visible = stegaClean(value)
  const marks = value.startsWith(visible) ? value.slice(visible.length) : ''
  return visible.trim() + marks
}

/** True when a string shows something besides its marks. */
export const hasVisibleText = (value: string) => stegaClean(value).trim().length > 0
