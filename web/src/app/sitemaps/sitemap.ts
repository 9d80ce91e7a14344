import type { MetadataRoute } from 'next'
import { splitSitemap } from '@/content/sitemap/parts'
import { sitemapUrls } from './_sitemap/urls'

/**
 * The sitemap's parts, at /sitemap/<id>.xml: one while the site fits one file (then
 * /sitemap.xml serves it whole), more once it would pass the protocol's limits, when
 * /sitemap.xml becomes their index (./sitemap.xml/route.ts). Asked again on each request, so
 * parts added by publishing after the build are found.
 */
export async function generateSitemaps(): Promise<{ id: number }[]> {
  return splitSitemap(await sitemapUrls()).map((_, id) => ({ id }))
}

export default async function sitemap({
  id,
}: {
  id: Promise<string>
}): Promise<MetadataRoute.Sitemap> {
  return splitSitemap(await sitemapUrls())[Number(await id)] ?? []
}
