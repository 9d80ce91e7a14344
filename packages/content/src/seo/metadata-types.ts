/**
 * The part of Next.js's `Metadata` that the site sets, defined here because this
 * package does not depend on Next. Field names and shapes follow
 * next/dist/lib/metadata/types, so a `PageMetadata` can be returned from
 * `generateMetadata` as it is.
 */

/** Next's `AbsoluteString` title: it ignores any title template a layout sets. */
export interface AbsoluteTitle {
  absolute: string
}

export interface RobotsDirectives {
  index: boolean
  follow: boolean
}

export interface MetadataImage {
  url: string
  width: number
  height: number
  alt: string
}

interface OpenGraphCommon {
  title: string
  description: string
  url: string
  siteName: string
  locale: string
  images?: MetadataImage[]
}

export interface OpenGraphWebsite extends OpenGraphCommon {
  type: 'website'
}

export interface OpenGraphArticle extends OpenGraphCommon {
  type: 'article'
  publishedTime?: string
  modifiedTime?: string
}

export interface TwitterSummaryLargeImage {
  card: 'summary_large_image'
  title: string
  description: string
  images?: MetadataImage[]
}

export interface PageMetadata {
  title: AbsoluteTitle
  description: string
  keywords?: string[]
  authors: { name: string }[]
  creator: string
  publisher: string
  robots: RobotsDirectives & { googleBot: RobotsDirectives }
  /** The canonical address, and the feed every page points readers to. */
  alternates: { canonical: string; types: Record<string, { url: string; title: string }[]> }
  openGraph: OpenGraphWebsite | OpenGraphArticle
  twitter: TwitterSummaryLargeImage
}
