import type { QueryParams } from 'next-sanity'

/** Which documents a read sees: what visitors see, or editors' unpublished drafts laid over it. */
export type Perspective = 'published' | 'drafts'

/**
 * Where content comes from. Both sources answer the same GROQ queries with the same
 * result shapes; only the transport differs.
 */
export interface ContentSource {
  readonly kind: 'embedded' | 'hosted'
  query(query: string, params: QueryParams, perspective: Perspective): Promise<unknown>
}
