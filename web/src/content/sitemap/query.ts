import { defineQuery } from 'next-sanity'

/** Every document with a page of its own, with the dates a sitemap reports. */
export const SITEMAP_QUERY = defineQuery(`*[
  _type in ["article", "sector", "venture", "legalDocument", "page"] && defined(slug.current)
]{_type, "slug": slug.current,
  "lastModified": coalesce(_updatedAt, publishedAt, effectiveDate)}`)
