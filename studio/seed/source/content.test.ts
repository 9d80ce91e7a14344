import { describe, expect, it } from 'vitest'
import { seedDocuments } from '.'
import { wordCount } from './lib/documents/article'
import { plainText, type TextBlock } from './lib/portable-text'

/** The editorial brief for the seed, checked so that later edits keep to it. */
type Doc = Record<string, unknown> & { _id: string; _type: string }
const documents = seedDocuments() as Doc[]
const ofType = (type: string) => documents.filter((doc) => doc._type === type)
const byId = new Map(documents.map((doc) => [doc._id, doc]))

const SEED_ARTICLE = 'article-it-ot-convergence-high-consequence-environments'
const LATEST_DATE = '2026-11-25'
const articles = ofType('article')
const written = articles.filter((doc) => doc._id !== SEED_ARTICLE)
const bodyOf = (doc: Doc) => doc.body as TextBlock[]
const markDefsOf = (doc: Doc) => bodyOf(doc).flatMap((block) => block.markDefs)

describe('articles', () => {
  it('number at least nine, published over 2024 to 2026 and none after the cut-off', () => {
    expect(articles.length).toBeGreaterThanOrEqual(9)
    const dates = articles.map((doc) => doc.publishedAt as string)
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= LATEST_DATE)).toBe(
      true,
    )
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(
      new Set(['2024', '2025', '2026']),
    )
  })

  it('written afresh run to 600–1,100 words under h2 subheadings', () => {
    for (const doc of written) {
      const words = wordCount(plainText(bodyOf(doc)))
      expect(words, doc._id).toBeGreaterThanOrEqual(600)
      expect(words, doc._id).toBeLessThanOrEqual(1100)
      expect(
        bodyOf(doc).some((block) => block.style === 'h2'),
        doc._id,
      ).toBe(true)
    }
  })

  it('link to other documents, and to public bodies in a new tab', () => {
    for (const doc of written) {
      const links = markDefsOf(doc)
      expect(
        links.some((link) => link._type === 'internalLink'),
        doc._id,
      ).toBe(true)
      const external = links.filter((link) => link._type === 'externalLink')
      expect(external.length, doc._id).toBeGreaterThanOrEqual(1)
      for (const link of external) expect(link, doc._id).toMatchObject({ openInNewTab: true })
    }
  })

  it('never link in their text to an article published after them', () => {
    const late = articles.flatMap((doc) =>
      markDefsOf(doc).flatMap((link) => {
        const target = link._type === 'internalLink' ? byId.get(link.reference._ref) : undefined
        return target?._type === 'article' &&
          (target.publishedAt as string) > (doc.publishedAt as string)
          ? [`${doc._id} → ${target._id}`]
          : []
      }),
    )
    expect(late).toEqual([])
  })
})

describe('sectors, ventures, legal documents and pages', () => {
  it('list at least six sectors in ascending orderRank', () => {
    const ranks = ofType('sector').map((doc) => doc.orderRank as string)
    expect(ranks.length).toBeGreaterThanOrEqual(6)
    expect([...ranks].sort()).toEqual(ranks)
    expect(new Set(ranks).size).toBe(ranks.length)
  })

  it('hold at least four ventures, each with a known status and a sector', () => {
    const ventures = ofType('venture')
    expect(ventures.length).toBeGreaterThanOrEqual(4)
    for (const doc of ventures) {
      expect(['active', 'in-development', 'partnership', 'concluded']).toContain(doc.status)
      expect((doc.sectors as unknown[]).length, doc._id).toBeGreaterThan(0)
    }
  })

  it('date the three legal documents in 2026, reviewed on or after taking effect', () => {
    const legal = ofType('legalDocument')
    expect(legal.map((doc) => (doc.slug as { current: string }).current)).toEqual([
      'privacy',
      'terms',
      'modern-slavery',
    ])
    for (const doc of legal) {
      const [effective, reviewed] = [doc.effectiveDate as string, doc.lastReviewedDate as string]
      expect(effective.startsWith('2026-') && reviewed <= LATEST_DATE, doc._id).toBe(true)
      expect(reviewed >= effective, doc._id).toBe(true)
    }
  })

  it('give the contact page a contact details section', () => {
    const contact = byId.get('page-contact')!
    expect((contact.sections as { _type: string }[]).map((s) => s._type)).toContain(
      'contactDetails',
    )
    expect(ofType('page')).toHaveLength(4)
  })

  it('feature the seed article among three insights on the home page', () => {
    const home = byId.get('home')!
    const insights = (home.featuredInsights as { _ref: string }[]).map((ref) => ref._ref)
    expect(insights).toHaveLength(3)
    expect(insights).toContain(SEED_ARTICLE)
    expect((home.featuredSectors as unknown[]).length).toBeGreaterThanOrEqual(3)
    expect((home.featuredVentures as unknown[]).length).toBeGreaterThanOrEqual(3)
  })
})
