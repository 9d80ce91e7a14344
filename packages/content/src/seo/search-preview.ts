import type { MetadataImage, PageMetadata } from './metadata-types'

/**
 * Where Google cuts a result off. Google truncates by pixel width (about 600 px for a title,
 * about 920 px for a description on desktop); these character counts are the usual stand-in,
 * and the studio's length warnings use the same figures, so the preview and the warning agree.
 */
export const SEARCH_TITLE_LENGTH = 60
export const SEARCH_DESCRIPTION_LENGTH = 160

const ELLIPSIS = '…'

/** Text cut as a search engine shows it: at the last whole word within `max` characters, then "…". */
export function truncateForSearch(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const room = clean.slice(0, max - ELLIPSIS.length + 1)
  const lastSpace = room.lastIndexOf(' ')
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length)
  return `${cut.replace(/[\s,;:.–-]+$/, '')}${ELLIPSIS}`
}

/** A search result as the editor should expect to see it. */
export interface SearchResultPreview {
  title: string
  url: string
  description: string
  /** The page asks search engines not to list it, so there is no result at all. */
  hidden: boolean
}

/** A shared link's card, as social sites build it from Open Graph. */
export interface ShareCardPreview {
  title: string
  description: string
  siteName: string
  image?: MetadataImage
}

/** The search result a page's metadata gives, truncated as Google does. */
export function searchResultPreview(metadata: PageMetadata): SearchResultPreview {
  return {
    title: truncateForSearch(metadata.title.absolute, SEARCH_TITLE_LENGTH),
    url: metadata.alternates.canonical,
    description: truncateForSearch(metadata.description, SEARCH_DESCRIPTION_LENGTH),
    hidden: !metadata.robots.index,
  }
}

/** The share card a page's Open Graph metadata gives. */
export function shareCardPreview(metadata: PageMetadata): ShareCardPreview {
  const { title, description, siteName, images } = metadata.openGraph
  return { title, description, siteName, ...(images?.[0] && { image: images[0] }) }
}
