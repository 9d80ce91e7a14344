import { LEGAL_SLUGS, PAGE_SLUGS, SINGLETON_TYPES } from '@chaffcent/content'
import { FIXED_DOCUMENTS, LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import type { DocumentActionComponent, DocumentActionsContext, Template } from 'sanity'
import { describe, expect, it } from 'vitest'
import { readSeed } from '../seed/dataset'
import { singletonActions, singletonTemplates } from './singletons'

const EVERY_ACTION = ['publish', 'unpublish', 'delete', 'duplicate', 'discardChanges', 'restore']
const actions = EVERY_ACTION.map((action) => Object.assign(() => null, { action }))

const actionsFor = (schemaType: string, documentId = schemaType) =>
  singletonActions(
    actions as DocumentActionComponent[],
    { schemaType, documentId } as DocumentActionsContext,
  ).map(({ action }) => action)

describe('fixed documents: the pages, the legal documents and the listing pages', () => {
  it('are one desk item each, for every address the site knows', () => {
    const slugsOf = (type: string) =>
      FIXED_DOCUMENTS.filter((doc) => doc.type === type).map(({ slug }) => slug)
    expect(slugsOf('page')).toEqual([...PAGE_SLUGS])
    expect(slugsOf('legalDocument')).toEqual([...LEGAL_SLUGS])
    expect(new Set(FIXED_DOCUMENTS.map(({ id }) => id)).size).toBe(FIXED_DOCUMENTS.length)
    expect(FIXED_DOCUMENTS.map(({ title }) => title)).toContain('Privacy Notice')
  })

  it('sit at the fixed ids the seed gives them, with the same type and slug', () => {
    const seed = new Map(readSeed().map((doc) => [doc._id, doc]))
    for (const { id, type, slug } of FIXED_DOCUMENTS) {
      expect(seed.get(id), id).toMatchObject({ _type: type, slug: { current: slug } })
    }
    for (const [route, id] of Object.entries(LISTING_PAGE_IDS))
      expect(seed.get(id), id).toMatchObject({ _type: 'listingPage', route })
  })

  it('can be neither created, duplicated, deleted nor unpublished, like the singletons', () => {
    const fixedTypes = ['legalDocument', 'listingPage', ...SINGLETON_TYPES]
    const templates = [...fixedTypes, 'article', 'venture', 'page'].map(
      (schemaType) => ({ id: schemaType, schemaType }) as Template,
    )
    expect(singletonTemplates(templates, {} as never).map(({ schemaType }) => schemaType)).toEqual([
      'article',
      'venture',
      'page',
    ])
    for (const type of fixedTypes)
      expect(actionsFor(type), type).toEqual(['publish', 'discardChanges', 'restore'])
    expect(actionsFor('article')).toEqual(EVERY_ACTION)
  })

  it('keeps the four first pages fixed, draft or published, while editors may delete their own', () => {
    for (const slug of PAGE_SLUGS) {
      for (const id of [`page-${slug}`, `drafts.page-${slug}`])
        expect(actionsFor('page', id), id).toEqual(['publish', 'discardChanges', 'restore'])
    }
    expect(actionsFor('page', 'a1b2c3-careers')).toEqual(EVERY_ACTION)
  })
})
