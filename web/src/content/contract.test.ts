import { SITEMAP_TYPES } from '@chaffcent/content/content-types'
import { readNdjson } from '@chaffcent/content/dataset'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ARTICLE_INDEX_QUERY, ARTICLE_QUERY } from './articles/query'
import { articleSchema } from './articles/schema'
import { categorySchema } from './categories'
import { CATEGORIES_QUERY } from './categories/query'
import { homeSchema } from './home'
import { HOME_QUERY } from './home/query'
import { legalDocumentSchema } from './legal'
import { LEGAL_DOCUMENT_QUERY } from './legal/query'
import { PAGE_QUERY } from './pages/query'
import { pageSchema } from './pages/schema'
import { section } from './pages/sections'
import { articleCard } from './schemas'
import { SECTOR_QUERY, SECTORS_QUERY } from './sectors/query'
import { sectorCardSchema } from './sectors/card'
import { sectorSchema } from './sectors/schema'
import { SITE_SETTINGS_QUERY } from './settings/query'
import { siteSettingsSchema } from './settings/schema'
import { sitemapEntrySchema } from './sitemap'
import { SITEMAP_PARAMS, SITEMAP_QUERY } from './sitemap/query'
import { CONTRACT_DATASETS, indexArticles, queryOver, WHOLE_INDEX } from './testing/dataset'
import { validDocument, validList } from './validate'
import type { z } from 'zod'
import { VENTURE_QUERY, VENTURES_QUERY } from './ventures/query'
import { ventureCardSchema, ventureSchema } from './ventures/schema'

type Stored = {
  _id: string
  _type: string
  slug?: { current?: string }
  sections?: { _type: string; people?: unknown[] }[]
  authors?: unknown[]
}

/** Every kind of page section the site draws. */
const SECTION_TYPES = section.options.map((option) => option.shape._type.value)
const NEW_SECTION_TYPES = ['imageSection', 'quoteSection', 'faqSection']

/** Each detail route's query and schema, by the document type it shows. */
const DETAIL = {
  article: [ARTICLE_QUERY, articleSchema],
  sector: [SECTOR_QUERY, sectorSchema],
  venture: [VENTURE_QUERY, ventureSchema],
  legalDocument: [LEGAL_DOCUMENT_QUERY, legalDocumentSchema],
  page: [PAGE_QUERY, pageSchema],
} as const satisfies Record<string, readonly [string, z.ZodType]>

const whole = (list: unknown) => list

/** Each listing's query, schema and where its list is, by the type it lists; every document must appear. */
const LISTING = {
  article: [ARTICLE_INDEX_QUERY, articleCard, WHOLE_INDEX(null), indexArticles],
  category: [CATEGORIES_QUERY, categorySchema, {}, whole],
  sector: [SECTORS_QUERY, sectorCardSchema, {}, whole],
  venture: [VENTURES_QUERY, ventureCardSchema, {}, whole],
} as const

const documentsIn = (file: string) => readNdjson(file) as Stored[]

/**
 * The content contract, end to end: whatever the studio lets an editor publish, the site
 * shows. Over the seed and over the studio's smallest publishable versions of it, every
 * document passes the query and zod schema of each route that shows it, none is dropped.
 */
describe.each(Object.entries(CONTRACT_DATASETS))('the %s dataset', (name, file) => {
  const query = queryOver(file)
  // validDocument and listOf log what they hide (a card, a menu link, a section): none may be.
  const hidden = vi.fn()
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(hidden))
  afterEach(() => {
    vi.restoreAllMocks()
    expect(hidden.mock.calls.flat()).toEqual([])
    hidden.mockReset()
  })
  const documents = documentsIn(file)
  const ofType = (type: string) => documents.filter((doc) => doc._type === type)

  it('site settings and the home page pass their schemas', async () => {
    const settings = await query(SITE_SETTINGS_QUERY)
    expect(validDocument(siteSettingsSchema, settings, 'siteSettings')).not.toBeNull()
    expect(
      validDocument(homeSchema, await query(HOME_QUERY, { latestCount: 3 }), 'home'),
    ).not.toBeNull()
  })

  it.each(Object.keys(DETAIL))('every %s passes its own page’s schema', async (type) => {
    const [detailQuery, schema] = DETAIL[type as keyof typeof DETAIL]
    for (const doc of ofType(type)) {
      const raw = await query(detailQuery, { slug: doc.slug?.current ?? null })
      expect(validDocument(schema, raw, type), doc._id).not.toBeNull()
    }
  })

  it.each(Object.keys(LISTING))('every %s shows in its listing', async (type) => {
    const [listQuery, schema, params, listIn] = LISTING[type as keyof typeof LISTING]
    const listed = validList(schema, listIn(await query(listQuery, params)), type)
    expect(listed.map(({ _id }) => _id).sort()).toEqual(
      ofType(type)
        .map(({ _id }) => _id)
        .sort(),
    )
  })

  it('shows every kind of section an editor placed on a page', async () => {
    const placed = new Set<string>()
    const shown = new Set<string>()
    for (const doc of ofType('page')) {
      for (const { _type } of (doc as { sections?: { _type: string }[] }).sections ?? [])
        placed.add(_type)
      const page = validDocument(
        pageSchema,
        await query(PAGE_QUERY, { slug: doc.slug?.current }),
        'page',
      )
      for (const { _type } of page?.sections ?? []) shown.add(_type)
    }
    expect([...shown].sort()).toEqual([...placed].sort())
    // The largest places every kind; the sparse (list items kept) the newest at their least.
    const expected = { largest: SECTION_TYPES, sparse: NEW_SECTION_TYPES }[name] ?? []
    expect([...placed]).toEqual(expect.arrayContaining([...expected]))
  })

  it('every people section shows each person it lists, every article each author', async () => {
    const peopleIn = (sections: Stored['sections'] = []) =>
      sections.flatMap((s) => (s._type === 'peopleSection' ? [s.people?.length ?? 0] : []))
    for (const doc of ofType('page')) {
      const page = validDocument(
        pageSchema,
        await query(PAGE_QUERY, { slug: doc.slug?.current }),
        'page',
      )
      const shown = page!.sections.map((s) => (s._type === 'peopleSection' ? s.people : []))
      expect(peopleIn(page!.sections as Stored['sections']), doc._id).toEqual(
        peopleIn(doc.sections),
      )
      expect(
        shown.flat().every((person) => person.name && person.role),
        doc._id,
      ).toBe(true)
    }
    // The smallest dataset drops every optional list (sections, authors); the others keep one.
    const listed = ofType('page').flatMap((doc) => peopleIn(doc.sections))
    expect(listed.length > 0).toBe(name !== 'smallest')
    for (const doc of ofType('article')) {
      const raw = await query(ARTICLE_QUERY, { slug: doc.slug?.current, preview: true })
      const article = validDocument(articleSchema, raw, 'article')
      expect(article?.authors.length, doc._id).toBe(doc.authors?.length ?? 0)
    }
  })

  it('every document with a page is in the sitemap', async () => {
    const entries = validList(
      sitemapEntrySchema,
      await query(SITEMAP_QUERY, SITEMAP_PARAMS),
      'sitemap',
    )
    const withPages = documents.filter(
      (doc) => doc.slug?.current && (SITEMAP_TYPES as readonly string[]).includes(doc._type),
    )
    expect(entries.map(({ _id }) => _id).sort()).toEqual(withPages.map(({ _id }) => _id).sort())
  })
})
