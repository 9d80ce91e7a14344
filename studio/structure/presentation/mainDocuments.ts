import { TYPE } from '@chaffcent/content/content-types'
import { contentType, DOCUMENT_TYPES, hrefFor, type DocumentType } from '@chaffcent/content'
import type { DocumentResolver } from 'sanity/presentation'

/** The route pattern of a type's own pages, when its address has the slug in it. */
export function routePatternOf(type: DocumentType): string | null {
  const address = contentType(type).address
  return address?.includes(':slug') ? address : null
}

const segments = (route: string) => route.split('/').length

/**
 * Which document a previewed URL is "about", so Presentation opens it beside the page.
 * Longer patterns come first: `/:slug` (pages) must not claim `/insights/…` first.
 */
export const mainDocuments: DocumentResolver[] = [
  { route: hrefFor({ _type: TYPE.home }) ?? '/', type: TYPE.home },
  ...DOCUMENT_TYPES.flatMap((type) => {
    const route = routePatternOf(type)
    return route ? [{ route, type }] : []
  })
    .sort((a, b) => segments(b.route) - segments(a.route))
    .map(({ route, type }): DocumentResolver => ({
      route,
      filter: `_type == "${type}" && slug.current == $slug`,
      params: ({ params }) => ({ slug: params.slug ?? '' }),
    })),
]
