import { LINKABLE_TYPES } from '@chaffcent/content'

/** The documents that have a page of their own and editors link to, as reference targets. */
export const linkableReferenceTargets = LINKABLE_TYPES.map((type) => ({ type }))
