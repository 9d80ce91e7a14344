import { absoluteUrl } from '@chaffcent/content/routes'
import type { MetadataRoute } from 'next'
import { getSiteSettings } from '@/content/settings'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { siteUrl } = await getSiteSettings()
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: absoluteUrl(siteUrl, '/sitemap.xml'),
  }
}
