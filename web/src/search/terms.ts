/** Longer input is cut: a search box is for a few words, not a pasted document. */
export const MAX_QUERY_LENGTH = 100
/** More words than this add nothing a visitor can read in the results, only work. */
const MAX_TERMS = 8

/** A word as the index and the highlighter see it: letters and digits in any script. */
export const WORD = /[\p{L}\p{N}]+/gu

/** One form of the text the visitor typed: compatibility-normalised, one space between words, bounded. */
export function normaliseQuery(raw: unknown): string {
  const first = Array.isArray(raw) ? raw[0] : raw
  if (typeof first !== 'string') return ''
  return first.normalize('NFKC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
}

/** The distinct lower-case words of a query; each matches any word it begins. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(WORD) ?? []
  return [...new Set(words)].slice(0, MAX_TERMS)
}

/** A page number from the address; anything but a whole number from 1 up is the first page. */
export function parsePage(raw: unknown): number {
  const first = Array.isArray(raw) ? raw[0] : raw
  if (typeof first !== 'string' || !/^[1-9]\d{0,3}$/.test(first)) return 1
  return Number(first)
}
