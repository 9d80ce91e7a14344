export { documentSeo } from './document-seo'
export type { DocumentDefaults, SeoOverrides } from './document-seo'
export { articleJsonLd, breadcrumbJsonLd, CONTENT_LANGUAGE, organizationJsonLd } from './json-ld'
export { OG_LOCALE, pageMetadata, titleWithSuffix } from './metadata'
export type * from './metadata-types'
export {
  SEARCH_DESCRIPTION_LENGTH,
  SEARCH_TITLE_LENGTH,
  searchResultPreview,
  shareCardPreview,
  truncateForSearch,
} from './search-preview'
export type { SearchResultPreview, ShareCardPreview } from './search-preview'
export { serializeJsonLd } from './serialize'
export {
  DEFAULT_SHARE_ALT,
  generatedShareImage,
  SHARE_IMAGE_SIZE,
  sharingImage,
} from './share-card'
export type { ShareableImage } from './share-card'
export type * from './types'
