import { feedAlternates } from '../feed'
import { absoluteUrl } from '../routes'
import type {
  MetadataImage,
  OpenGraphArticle,
  OpenGraphWebsite,
  PageMetadata,
} from './metadata-types'
import type { PageSeo, SeoImage, SiteIdentity } from './types'

/** The client's pages are written in British English. */
export const OG_LOCALE = 'en_GB'

/**
 * "{title} | {suffix}", unless the page asks for its title alone or the title already
 * is the suffix (the home page's title is the legal name, which is also the suffix).
 */
export function titleWithSuffix(title: string, suffix = '', standalone = false): string {
  const bare = title.trim()
  if (standalone || !suffix || bare === suffix) return bare
  return `${bare} | ${suffix}`
}

function shareImage(site: SiteIdentity, image: SeoImage | undefined): MetadataImage[] | undefined {
  const chosen = image ?? site.seo?.shareImage
  if (!chosen) return undefined
  // Crawlers need absolute image URLs; a URL that is already absolute passes through unchanged.
  return [{ ...chosen, url: absoluteUrl(site.siteUrl, chosen.url) }]
}

function openGraph(
  site: SiteIdentity,
  page: PageSeo,
  url: string,
  images: MetadataImage[] | undefined,
): OpenGraphWebsite | OpenGraphArticle {
  const common = {
    title: titleWithSuffix(page.title, site.seo?.ogTitleSuffix, page.standaloneTitle),
    description: page.description,
    url,
    siteName: site.legalName,
    locale: OG_LOCALE,
    ...(images && { images }),
  }
  if (page.kind === 'website') return { ...common, type: 'website' }
  const article: OpenGraphArticle = { ...common, type: 'article' }
  // An article that has not been revised was last modified when it was published.
  const modifiedTime = page.modifiedAt ?? page.publishedAt
  if (page.publishedAt) article.publishedTime = page.publishedAt
  if (modifiedTime) article.modifiedTime = modifiedTime
  return article
}

/** Everything a page puts in `<head>` apart from JSON-LD, ready for Next's `generateMetadata`. */
export function pageMetadata(site: SiteIdentity, page: PageSeo): PageMetadata {
  const canonical = absoluteUrl(site.siteUrl, page.path)
  const images = shareImage(site, page.image)
  const indexable = !page.noIndex
  const robots = { index: indexable, follow: indexable }

  return {
    title: { absolute: titleWithSuffix(page.title, site.seo?.titleSuffix, page.standaloneTitle) },
    description: page.description,
    ...(site.seo?.keywords?.length && { keywords: [...site.seo.keywords] }),
    authors: [{ name: site.legalName }],
    creator: site.legalName,
    publisher: site.legalName,
    robots: { ...robots, googleBot: { ...robots } },
    alternates: { canonical, types: feedAlternates(site) },
    openGraph: openGraph(site, page, canonical, images),
    twitter: {
      card: 'summary_large_image',
      title: site.seo?.twitterTitle ?? titleWithSuffix(page.title, site.seo?.ogTitleSuffix),
      description: site.seo?.twitterDescription ?? page.description,
      ...(images && { images }),
    },
  }
}
