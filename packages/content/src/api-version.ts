/**
 * The Content Lake query API version the queries, the generated types, the studio's own
 * look-ups and the revalidation webhook are written against. Change it here only.
 */
export const SANITY_API_VERSION = '2025-02-19'
