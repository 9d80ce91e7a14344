import type { z } from 'zod'
import type * as Generated from '../sanity.types'
import type { Disagreement } from './agreement'
import { assertAgreement } from './agreement'
import type { articleSchema, articleSlugsSchema } from './articles/schema'
import type { categorySchema } from './categories'
import type { homeSchema } from './home'
import type { legalDocumentSchema } from './legal'
import type { listingPageSchema } from './listing'
import type { pageSchema } from './pages/schema'
import type { articleCard } from './schemas'
import type { sectorCardSchema, sectorSchema } from './sectors/schema'
import type { siteSettingsSchema } from './settings/schema'
import type { sitemapEntrySchema } from './sitemap'
import type { ventureCardSchema, ventureSchema } from './ventures/schema'

/** What each zod schema reads: its input, which is the raw query result. */
type In<S extends z.ZodType> = z.input<S>

// Each line fails `tsc` when a zod schema and its query's generated type disagree.
assertAgreement<Disagreement<In<typeof siteSettingsSchema>, Generated.SITE_SETTINGS_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof homeSchema>, Generated.HOME_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof listingPageSchema>, Generated.LISTING_PAGE_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof articleSchema>, Generated.ARTICLE_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof articleCard>, Generated.ARTICLE_INDEX_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof articleCard>, Generated.LATEST_ARTICLES_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof articleSlugsSchema>, Generated.ARTICLE_SLUGS_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof categorySchema>, Generated.CATEGORIES_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof sectorCardSchema>, Generated.SECTORS_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof sectorSchema>, Generated.SECTOR_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof ventureCardSchema>, Generated.VENTURES_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof ventureSchema>, Generated.VENTURE_QUERY_RESULT>>()
assertAgreement<
  Disagreement<In<typeof legalDocumentSchema>, Generated.LEGAL_DOCUMENT_QUERY_RESULT>
>()
assertAgreement<Disagreement<In<typeof pageSchema>, Generated.PAGE_QUERY_RESULT>>()
assertAgreement<Disagreement<In<typeof sitemapEntrySchema>, Generated.SITEMAP_QUERY_RESULT>>()

// The check itself must be able to fail: a missing field, an extra field, a wrong leaf type.
// @ts-expect-error a field the query returns is missing from the schema
assertAgreement<Disagreement<{ a: string }, { a: string; b: string }>>()
// @ts-expect-error the schema expects a field the query does not return
assertAgreement<Disagreement<{ a: string; b: string }, { a: string }>>()
// @ts-expect-error a number where the query returns a string
assertAgreement<Disagreement<{ a: { b: number } }, { a: { b: string | null } }>>()
