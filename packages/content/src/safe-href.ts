/** The only schemes a link in editorial content may use, as the studio's schema allows. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i
const TABS_AND_LINE_BREAKS = /[\t\n\r]/g

/**
 * The href to render for a link from content, or null when it must render as plain text:
 * anything but an absolute http, https, mailto or tel URL (so no `javascript:`, `data:` or
 * `vbscript:`, and no relative or protocol-relative address whose target depends on the page).
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const cleaned = asBrowserReadsIt(raw)
  if (!ABSOLUTE_URL.test(cleaned)) return null
  let url: URL
  try {
    url = new URL(cleaned)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return null
  return url.href
}

/*
 * Browsers drop control characters and spaces (U+0000 to U+0020) from both ends of a URL
 * and delete tabs and line breaks anywhere in it, so " java\tscript:" still runs script.
 * Check the URL the browser would see, not the string as typed.
 */
function asBrowserReadsIt(raw: string): string {
  let start = 0
  let end = raw.length
  while (start < end && raw.charCodeAt(start) <= 0x20) start++
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end--
  return raw.slice(start, end).replace(TABS_AND_LINE_BREAKS, '')
}
