import type { z } from 'zod'
import type { PagedType, SitemapType, SluggedType } from '@chaffcent/content/content-types'
import type * as Generated from '../sanity.types'
import type { Disagreement } from './agreement'
import { assertAgreement } from './agreement'
import type { articleSchema, articleSlugsSchema } from './articles/schema'
import type { categorySchema } from './categories'
import type { homeSchema } from './home'
import type { knownSlugsSchema } from './known-slugs'
import type { legalDocumentSchema } from './legal'
import type { listingPageSchema } from './listing'
import type { pageSchema } from './pages/schema'
import type { redirectRowSchema } from './redirects'
import type { articleCard } from './schemas'
import type { sectorCardSchema } from './sectors/card'
import type { sectorSchema } from './sectors/schema'
import type { siteSettingsSchema } from './settings/schema'
import type { sitemapDatesSchema, sitemapEntrySchema } from './sitemap'
import type { ventureCardSchema, ventureSchema } from './ventures/schema'

/** What each zod schema reads: its input, which is the raw query result. */
type In<S extends z.ZodType> = z.input<S>
/** A query for one document returns null when there is none; its reader answers 404 then. */
type One<S extends z.ZodType> = In<S> | null
/**
 * Typegen cannot tell the type of a document found by `_id` alone, so it adds a variant in
 * which every field but `_id` is null (a document of another type at that id); the schema
 * rejects that as no document at all.
 */
type FoundById<G> = G extends object
  ? { [K in Exclude<keyof G, '_id'>]: G[K] extends null ? true : false }[Exclude<
      keyof G,
      '_id'
    >] extends true
    ? never
    : G
  : G
/** A list query: its reader checks each item with the schema. */
type List<S extends z.ZodType> = In<S>[]
/**
 * A query over `$types` projects every type's fields from one list (typegen cannot read the
 * parameter, and gives each type the others' fields as null): each type the parameter names
 * is compared on its own, on the fields its schema reads.
 */
type EachType<Z, G, Types extends string> = {
  [T in Types]: OnItsFields<Extract<Z, { _type: T }>, Extract<G, { _type: T }>>
}[Types]
type OnItsFields<Z, G> = Disagreement<Z[], Pick<G, Extract<keyof G, keyof Z>>[]>

// Each line fails `tsc` when a zod schema and its query's generated type disagree.
assertAgreement<
  Disagreement<One<typeof listingPageSchema>, FoundById<Generated.LISTING_PAGE_QUERY_RESULT>>
>()
assertAgreement<
  Disagreement<One<typeof siteSettingsSchema>, FoundById<Generated.SITE_SETTINGS_QUERY_RESULT>>
>()
assertAgreement<Disagreement<One<typeof homeSchema>, FoundById<Generated.HOME_QUERY_RESULT>>>()
assertAgreement<Disagreement<One<typeof articleSchema>, Generated.ARTICLE_QUERY_RESULT>>()
assertAgreement<
  Disagreement<List<typeof articleCard>, Generated.ARTICLE_INDEX_QUERY_RESULT['articles']>
>()
assertAgreement<Disagreement<List<typeof articleCard>, Generated.LATEST_ARTICLES_QUERY_RESULT>>()
assertAgreement<
  Disagreement<List<typeof articleSlugsSchema>, Generated.ARTICLE_SLUGS_QUERY_RESULT>
>()
assertAgreement<Disagreement<List<typeof categorySchema>, Generated.CATEGORIES_QUERY_RESULT>>()
assertAgreement<Disagreement<List<typeof sectorCardSchema>, Generated.SECTORS_QUERY_RESULT>>()
assertAgreement<Disagreement<One<typeof sectorSchema>, Generated.SECTOR_QUERY_RESULT>>()
assertAgreement<Disagreement<List<typeof ventureCardSchema>, Generated.VENTURES_QUERY_RESULT>>()
assertAgreement<Disagreement<One<typeof ventureSchema>, Generated.VENTURE_QUERY_RESULT>>()
assertAgreement<
  Disagreement<One<typeof legalDocumentSchema>, Generated.LEGAL_DOCUMENT_QUERY_RESULT>
>()
assertAgreement<Disagreement<One<typeof pageSchema>, Generated.PAGE_QUERY_RESULT>>()
assertAgreement<
  EachType<In<typeof sitemapEntrySchema>, Generated.SITEMAP_QUERY_RESULT[number], SitemapType>
>()
assertAgreement<Disagreement<In<typeof sitemapDatesSchema>, Generated.SITEMAP_DATES_QUERY_RESULT>>()
type KnownSlugsResult = Generated.KNOWN_SLUGS_QUERY_RESULT
assertAgreement<
  Disagreement<
    In<typeof knownSlugsSchema>,
    {
      slugs: Extract<KnownSlugsResult['slugs'][number], { _type: SluggedType }>[]
      all: KnownSlugsResult['all']
      paged: Extract<KnownSlugsResult['paged'][number], { _type: PagedType }>[]
    }
  >
>()
assertAgreement<Disagreement<List<typeof redirectRowSchema>, Generated.REDIRECTS_QUERY_RESULT>>()
