import { TYPE } from '@chaffcent/content/content-types'
import { hrefFor } from '@chaffcent/content/routes'
import type { ImageHost } from '@chaffcent/content/image-url'
import { documentSeo, type SeoOverrides } from '@chaffcent/content/seo/document-seo'
import {
  generatedShareImage,
  sharingImage,
  type ShareableImage,
} from '@chaffcent/content/seo/share-card'
import type { PageSeo } from '@chaffcent/content/seo/types'

/** The fields of a document being edited that its page's metadata is built from. */
export interface EditedDocument {
  _type: string
  title?: string
  slug?: { current?: string }
  excerpt?: string
  summary?: string
  intro?: string
  coverImage?: ShareableImage
  seo?: SeoOverrides & { shareImage?: ShareableImage }
}

/** What the site falls back to when a document has no description of its own (see web/src/app). */
function defaultDescription(doc: EditedDocument, siteDescription: string): string {
  if (doc._type === TYPE.article) return doc.excerpt ?? ''
  if (doc._type === TYPE.page) return doc.intro ?? doc.title ?? ''
  if (doc._type === TYPE.home) return siteDescription
  return doc.summary ?? doc.title ?? ''
}

/**
 * The PageSeo the site's generateMetadata builds for this document, from the same shared
 * `documentSeo` and `sharingImage` (its sharing image, else an article's cover, drawn from
 * `images`); null until the document has the slug its address needs.
 */
export function documentPageSeo(
  doc: EditedDocument,
  site: { legalName: string; description: string },
  images?: ImageHost,
): PageSeo | null {
  const path = hrefFor({ _type: doc._type, slug: doc.slug?.current })
  if (!path) return null
  const title = doc._type === TYPE.home ? site.legalName : (doc.title ?? '')
  const page = documentSeo(doc.seo, {
    title,
    description: defaultDescription(doc, site.description),
    path,
  })
  const cover = doc._type === TYPE.article ? doc.coverImage : undefined
  const chosen = images && sharingImage([doc.seo?.shareImage, cover], page.title, images)
  const withImage = chosen ? { ...page, image: chosen } : page
  if (doc._type === TYPE.home) return { ...withImage, standaloneTitle: !doc.seo?.title?.trim() }
  if (doc._type === TYPE.article) {
    // Else the article's own generated card, as the site shares it.
    return { ...withImage, kind: 'article', image: chosen ?? generatedShareImage(path, page.title) }
  }
  return withImage
}
