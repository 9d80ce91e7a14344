import type { PageSeo } from './types'

/** What an editor may override in a document's Search and sharing tab. */
export interface SeoOverrides {
  title?: string | null
  description?: string | null
  noIndex?: boolean | null
}

/** A document's own title, summary and address, used where the editor leaves an override empty. */
export interface DocumentDefaults {
  title: string
  description: string
  path: string
}

/** Keeps only text an editor actually wrote: an empty or blank override means "use the default". */
function written(value: string | null | undefined): string | undefined {
  return value?.trim() ? value : undefined
}

/** A document page's SEO: the editor's overrides where set, else the document's own title and summary. */
export function documentSeo(seo: SeoOverrides | null | undefined, page: DocumentDefaults): PageSeo {
  return {
    title: written(seo?.title) ?? page.title,
    description: written(seo?.description) ?? page.description,
    path: page.path,
    kind: 'website',
    noIndex: Boolean(seo?.noIndex),
  }
}
