import { TYPE } from '@chaffcent/content/content-types'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import type { QueryParams } from 'next-sanity'
import {
  ARTICLE_INDEX_QUERY,
  ARTICLE_QUERY,
  ARTICLE_SLUGS_QUERY,
  LATEST_ARTICLES_QUERY,
} from '../../articles/query'
import { pageRange } from '../../articles/pagination'
import { CATEGORIES_QUERY } from '../../categories/query'
import { HOME_QUERY } from '../../home/query'
import { KNOWN_SLUGS_PARAMS, KNOWN_SLUGS_QUERY } from '../../known-slugs/query'
import { LEGAL_DOCUMENT_QUERY, LEGAL_LINKS_QUERY } from '../../legal/query'
import { LISTING_PAGE_QUERY } from '../../listing/query'
import { PAGE_QUERY, PAGE_SLUGS_QUERY } from '../../pages/query'
import { REDIRECTS_QUERY } from '../../redirects/query'
import { NEXT_SCHEDULED_QUERY } from '../../schedule/query'
import { SECTOR_QUERY, SECTORS_QUERY } from '../../sectors/query'
import { SITE_SETTINGS_QUERY } from '../../settings/query'
import { SITEMAP_DATES_QUERY, SITEMAP_PARAMS, SITEMAP_QUERY } from '../../sitemap/query'
import { VENTURE_QUERY, VENTURES_QUERY } from '../../ventures/query'

/** Index pages read: the first, the next, and ones past each prefix the index tries (64, 512, 4,096). */
const INDEX_PAGES = [1, 2, 9, 50, 100, 400]

export type Read = { name: string; query: string; params: QueryParams }

const slugsOf = (documents: { _type: string; slug?: unknown }[], type: string) =>
  documents.flatMap((doc) =>
    doc._type === type ? [(doc.slug as { current?: string } | undefined)?.current ?? null] : [],
  )

/**
 * Every read the site's routes make, with the parameters they take, for each document of a
 * dataset that has a page (plus a slug nothing has): what the indexed evaluation must
 * answer exactly as a full scan does.
 */
export function routeReads(documents: { _type: string; slug?: unknown }[]): Read[] {
  const each = (type: string, query: string, extra: QueryParams = {}, name = type) =>
    [...slugsOf(documents, type), 'no-such-slug'].map((slug) => ({
      name: `${name} ${slug}`,
      query,
      params: { slug, ...extra },
    }))
  return [
    { name: 'settings', query: SITE_SETTINGS_QUERY, params: {} },
    { name: TYPE.home, query: HOME_QUERY, params: { latestCount: 3 } },
    { name: 'latest', query: LATEST_ARTICLES_QUERY, params: { limit: 20 } },
    { name: 'article slugs', query: ARTICLE_SLUGS_QUERY, params: {} },
    ...[null, ...slugsOf(documents, TYPE.category), 'no-such-slug'].flatMap((category) =>
      INDEX_PAGES.map((page) => ({
        name: `index ${category} page ${page}`,
        query: ARTICLE_INDEX_QUERY,
        params: { category, ...pageRange(page) },
      })),
    ),
    ...each(TYPE.article, ARTICLE_QUERY, { preview: false }),
    ...each(TYPE.article, ARTICLE_QUERY, { preview: true }, 'article preview'),
    { name: 'categories', query: CATEGORIES_QUERY, params: {} },
    { name: 'sectors', query: SECTORS_QUERY, params: {} },
    ...each(TYPE.sector, SECTOR_QUERY),
    { name: 'ventures', query: VENTURES_QUERY, params: {} },
    ...each(TYPE.venture, VENTURE_QUERY),
    ...each(TYPE.legalDocument, LEGAL_DOCUMENT_QUERY),
    { name: 'legal links', query: LEGAL_LINKS_QUERY, params: {} },
    { name: 'page slugs', query: PAGE_SLUGS_QUERY, params: {} },
    ...each(TYPE.page, PAGE_QUERY),
    ...Object.values(LISTING_PAGE_IDS).map((id) => ({
      name: `listing ${id}`,
      query: LISTING_PAGE_QUERY,
      params: { id },
    })),
    { name: 'sitemap', query: SITEMAP_QUERY, params: SITEMAP_PARAMS },
    { name: 'sitemap dates', query: SITEMAP_DATES_QUERY, params: {} },
    { name: 'known slugs', query: KNOWN_SLUGS_QUERY, params: KNOWN_SLUGS_PARAMS },
    { name: 'redirects', query: REDIRECTS_QUERY, params: {} },
    { name: 'next scheduled', query: NEXT_SCHEDULED_QUERY, params: {} },
  ]
}
