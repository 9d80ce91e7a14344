import { absoluteUrl } from '@chaffcent/content/routes'
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { getSiteSettings } from '@/content/settings'
import { newest, sitemapIndexXml, splitSitemap } from '@/content/sitemap/parts'
import { siteSitemapUrls } from '../_sitemap/site-urls'

/**
 * The sitemap robots.txt names: every URL, written by Next's own sitemap writer, while they fit
 * one file; past the protocol's limits, the index of the parts (../sitemaps/sitemap.ts).
 */
export async function GET(): Promise<Response> {
  const [{ siteUrl }, parts] = await Promise.all([
    getSiteSettings(),
    siteSitemapUrls().then((urls) => splitSitemap(urls)),
  ])
  const xml =
    parts.length === 1
      ? resolveSitemap(parts[0]!)
      : sitemapIndexXml(
          parts.map((part, id) => ({
            url: absoluteUrl(siteUrl, `/sitemaps/sitemap/${id}.xml`),
            lastModified: newest(part.map(({ lastModified }) => lastModified)),
          })),
        )
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } })
}
