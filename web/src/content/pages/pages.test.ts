import { PAGE_SLUGS } from '@chaffcent/content/routes'
import { describe, expect, it } from 'vitest'
import { runQuery } from '../testing/dataset'
import { validDocument } from '../validate'
import { PAGE_QUERY, PAGE_SLUGS_QUERY } from './query'
import { pageSchema } from './schema'
import { section } from './sections'

const readPage = async (slug: string) =>
  validDocument(pageSchema, await runQuery(PAGE_QUERY, { slug }), 'page')

describe('pages over the seed dataset', () => {
  it('lists the slug of every published page, the four fixed ones among them', async () => {
    const slugs = ((await runQuery(PAGE_SLUGS_QUERY)) as { slug: string }[]).map(({ slug }) => slug)
    expect(slugs).toEqual(expect.arrayContaining([...PAGE_SLUGS]))
    expect(slugs).toEqual([...slugs].sort())
  })

  it('reads What We Do’s questions and answers in the order written', async () => {
    const page = await readPage('what-we-do')
    const faq = page?.sections.find((section) => section._type === 'faqSection')
    expect(faq?.heading).toBe('Questions Clients Ask')
    expect(faq?.items.length).toBeGreaterThanOrEqual(3)
    for (const item of faq?.items ?? []) {
      expect(item.question).toMatch(/\?$/)
      expect(item.answer.length).toBeGreaterThan(20)
    }
  })
})

describe('a section missing what it needs is left out, not the page', () => {
  const parse = (value: object) => section.safeParse({ _key: 'k', ...value }).success

  it.each([
    ['an image section without an image', { _type: 'imageSection', caption: 'A caption' }],
    [
      'an image section whose asset is gone',
      { _type: 'imageSection', image: { alt: 'x', asset: null } },
    ],
    ['a quote without its words', { _type: 'quoteSection', attribution: 'A. Sample' }],
    [
      'questions with none answered',
      { _type: 'faqSection', items: [{ _key: 'q', question: 'Why?' }] },
    ],
    ['questions with none at all', { _type: 'faqSection', heading: 'Questions', items: [] }],
  ])('%s', (_name, value) => {
    expect(parse(value)).toBe(false)
  })

  it('keeps a quote with only its words, and a card whose image is broken shows without it', () => {
    expect(parse({ _type: 'quoteSection', quote: 'Plainly put.' })).toBe(true)
    const cards = section.parse({
      _key: 'k',
      _type: 'cardGrid',
      cards: [{ _key: 'c', title: 'A card', image: { alt: 'x', asset: null } }],
    })
    expect(cards._type === 'cardGrid' && cards.cards[0]?.image).toBeUndefined()
  })
})
