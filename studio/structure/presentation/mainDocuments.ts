import { DOCUMENT_TYPES, hrefFor, type DocumentType } from '@chaffcent/content'
import type { DocumentResolver } from 'sanity/presentation'

const SLUG_PARAM = ':slug'
// hrefFor only builds addresses for well-formed slugs, so ask with one and swap in the parameter.
const SAMPLE_SLUG = 'presentation-route-sample'

/** The route pattern of a type's own pages, when its address is a path with the slug in it. */
export function routePatternOf(type: DocumentType): string | null {
  const href = hrefFor({ _type: type, slug: SAMPLE_SLUG })
  // An address with a query string is a view of another page, not a page of its own.
  if (!href || !href.includes(SAMPLE_SLUG) || href.includes('?')) return null
  return href.replace(SAMPLE_SLUG, SLUG_PARAM)
}

const segments = (route: string) => route.split('/').length

/**
 * Which document a previewed URL is "about", so Presentation opens it beside the page.
 * Longer patterns come first: `/:slug` (pages) must not claim `/insights/…` first.
 */
export const mainDocuments: DocumentResolver[] = [
  { route: hrefFor({ _type: 'home' }) ?? '/', type: 'home' },
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
