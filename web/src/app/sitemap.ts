import { absoluteUrl, hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import type { MetadataRoute } from 'next'
import { getSiteSettings } from '@/content/settings'
import { getSitemapEntries } from '@/content/sitemap'

/** Routes that list documents rather than being one; their pages are in the dataset as documents. */
const LISTING_PATHS = [
  SITE_ROUTES.home,
  SITE_ROUTES.insights,
  SITE_ROUTES.sectors,
  SITE_ROUTES.ventures,
].map(({ path }) => path)

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ siteUrl }, entries] = await Promise.all([getSiteSettings(), getSitemapEntries()])
  const documents = entries.flatMap((entry) => {
    const path = hrefFor(entry)
    if (!path) return []
    return [{ url: absoluteUrl(siteUrl, path), lastModified: entry.lastModified ?? undefined }]
  })
  return [...LISTING_PATHS.map((path) => ({ url: absoluteUrl(siteUrl, path) })), ...documents]
}
