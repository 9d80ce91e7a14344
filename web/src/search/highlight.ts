import { WORD } from './terms'

/** A run of text, marked when it is a word a query term begins. */
export interface Segment {
  text: string
  match: boolean
}

const startsAny = (word: string, terms: string[]) => {
  const lower = word.toLowerCase()
  return terms.some((term) => lower.startsWith(term))
}

/** Splits text into plain and matching runs; the page renders them as text nodes and `<mark>`s. */
export function highlight(text: string, terms: string[]): Segment[] {
  const segments: Segment[] = []
  let plainFrom = 0
  for (const found of text.matchAll(WORD)) {
    if (!startsAny(found[0], terms)) continue
    if (found.index > plainFrom)
      segments.push({ text: text.slice(plainFrom, found.index), match: false })
    segments.push({ text: found[0], match: true })
    plainFrom = found.index + found[0].length
  }
  if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom), match: false })
  return segments
}

const SNIPPET_LENGTH = 220

/**
 * About SNIPPET_LENGTH characters of the first source that holds a match, around its first
 * match and cut at spaces; the first source's opening when none does.
 */
export function snippet(sources: (string | null | undefined)[], terms: string[]): string {
  const texts = sources.map((text) => text?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean)
  for (const text of texts) {
    const at = firstMatch(text, terms)
    if (at !== null) return around(text, at)
  }
  return texts[0] ? around(texts[0], 0) : ''
}

function firstMatch(text: string, terms: string[]): number | null {
  for (const found of text.matchAll(WORD)) if (startsAny(found[0], terms)) return found.index
  return null
}

/** Some words of context before the match, then the rest of the snippet after it. */
function around(text: string, at: number): string {
  if (text.length <= SNIPPET_LENGTH) return text
  const afterSpace = text.indexOf(' ', at - 60) + 1
  const start = at <= 60 ? 0 : afterSpace > 0 && afterSpace <= at ? afterSpace : at
  const cut = text.lastIndexOf(' ', start + SNIPPET_LENGTH)
  const end = cut > at ? cut : Math.min(text.length, start + SNIPPET_LENGTH)
  return `${start > 0 ? '… ' : ''}${text.slice(start, end)}${end < text.length ? ' …' : ''}`
}
