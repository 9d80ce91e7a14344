/** A sitemap URL with the date its page last changed. */
export interface SitemapUrl {
  url: string
  /** Absent only where nothing it shows carries a date. */
  lastModified?: string
}

/** One sitemap file's limits in the protocol (sitemaps.org): 50,000 URLs and 50 MB unzipped. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 }

/** The XML declaration and `<urlset>` around the entries, with room to spare. */
const ENVELOPE_BYTES = 256

/** What an entry takes in the file as Next writes it (its `resolveSitemap`). */
const entryBytes = ({ url, lastModified }: SitemapUrl) =>
  Buffer.byteLength(`<url>\n<loc>${url}</loc>\n<lastmod>${lastModified ?? ''}</lastmod>\n</url>\n`)

/**
 * The URLs cut, in order, into files each within the limits: one file while they fit, which
 * /sitemap.xml serves whole, else a sitemap index of the parts. Always at least one file.
 */
export function splitSitemap(urls: SitemapUrl[], limits = SITEMAP_LIMITS): SitemapUrl[][] {
  const parts: SitemapUrl[][] = [[]]
  let bytes = ENVELOPE_BYTES
  for (const url of urls) {
    const size = entryBytes(url)
    const part = parts.at(-1)!
    if (part.length > 0 && (part.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push([url])
      bytes = ENVELOPE_BYTES + size
    } else {
      part.push(url)
      bytes += size
    }
  }
  return parts
}

/** The newest of some dates (ISO 8601, with or without a time), or undefined for none. */
export function newest(dates: (string | null | undefined)[]): string | undefined {
  let found: string | undefined
  for (const date of dates)
    if (date && (found === undefined || Date.parse(date) > Date.parse(found))) found = date
  return found
}

/** A sitemap index of the parts, each dated by its newest page. */
export function sitemapIndexXml(parts: SitemapUrl[]): string {
  const entries = parts.map(
    ({ url, lastModified }) =>
      `<sitemap>\n<loc>${url}</loc>\n${lastModified ? `<lastmod>${lastModified}</lastmod>\n` : ''}</sitemap>\n`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`
}
