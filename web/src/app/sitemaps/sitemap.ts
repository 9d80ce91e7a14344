import type { MetadataRoute } from 'next'
import { splitSitemap } from '@/content/sitemap/parts'
import { siteSitemapUrls } from '../_sitemap/site-urls'

/**
 * The sitemap's parts, at /sitemaps/sitemap/<id>.xml: one while the site fits one file (then
 * /sitemap.xml serves it whole), more once it would pass the protocol's limits, when
 * /sitemap.xml becomes their index (../sitemap.xml/route.ts). Not at the top level: Next
 * takes a top-level sitemap.ts for /sitemap.xml, and has no index of its own to serve there.
 * Asked again on each request, so parts added by publishing after the build are found.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  return splitSitemap(await siteSitemapUrls()).map((_, id) => ({ id }))
}

export default async function sitemap({
  id,
}: {
  id: Promise<string>
}): Promise<MetadataRoute.Sitemap> {
  return splitSitemap(await siteSitemapUrls())[Number(await id)] ?? []
}
