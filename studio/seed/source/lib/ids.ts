/**
 * Document ids of the seed, one scheme for every type. Hyphens only: an id with a dot is
 * private in Sanity and would not be served to the site.
 */
export const id = {
  article: (slug: string) => `article-${slug}`,
  category: (slug: string) => `category-${slug}`,
  sector: (slug: string) => `sector-${slug}`,
  venture: (slug: string) => `venture-${slug}`,
  legal: (slug: string) => `legal-${slug}`,
  page: (slug: string) => `page-${slug}`,
  person: (slug: string) => `person-${slug}`,
} as const
