/**
 * Each document type written the way an author thinks of it (slugs, not references; rich text
 * in the source form), and the function that gives it Sanity's stored shape, fields in the
 * order of `CONTENT_MODEL.md`.
 */
export * from './article'
export * from './catalogue'
export * from './pages'
export * from './types'
