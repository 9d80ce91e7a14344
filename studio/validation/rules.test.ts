import { describe, expect, it } from 'vitest'
import type { DatasetDocument } from './datasetClient'
import * as fixture from './fixtures'
import { validateDataset, type Problem } from './validateDataset'

/** The problems one document has, as editors would see them in the studio, within the fixture dataset. */
async function problemsOf(document: DatasetDocument, extra: DatasetDocument[] = []) {
  const dataset = [
    ...fixture.baseDataset.filter((doc) => doc._id !== document._id),
    document,
    ...extra,
  ]
  const problems = await validateDataset([document], { dataset, environment: 'studio' })
  return problems.map(({ path, message }: Problem) => ({ path, message }))
}

describe('the fixture dataset', () => {
  it('breaks no rule, so each test below breaks exactly one', async () => {
    const documents = fixture.baseDataset.filter((doc) => doc._type !== 'sanity.imageAsset')
    expect(await validateDataset(documents, { dataset: fixture.baseDataset })).toEqual([])
  })
})

describe('checking as `sanity documents validate` does', () => {
  it('reports a field the schema does not know, with its document and path', async () => {
    const withTypo = fixture.article('first', { subtitle: 'A field the model does not have' })
    const problems = await validateDataset([withTypo], { dataset: fixture.baseDataset })
    expect(problems).toEqual([
      {
        documentId: 'article-first',
        path: 'subtitle',
        level: 'warning',
        message: "Field 'subtitle' does not exist on type 'article'",
      },
    ])
  })
})

describe('article rules', () => {
  it('rejects a summary over 240 characters', async () => {
    const excerpt = 'A'.repeat(241)
    expect(await problemsOf(fixture.article('first', { excerpt }))).toEqual([
      {
        path: 'excerpt',
        message:
          'Write a summary of 70 to 240 characters: it is also the search-engine description.',
      },
    ])
  })

  it('requires a category', async () => {
    const { category: _omitted, ...withoutCategory } = fixture.article('first')
    expect(await problemsOf(withoutCategory as DatasetDocument)).toEqual([
      { path: 'category', message: 'Choose the category this article belongs to.' },
    ])
  })

  it('rejects a related article that is the article itself, published or draft', async () => {
    const related = [
      { _type: 'reference', _key: 'other', _ref: 'article-second' },
      { _type: 'reference', _key: 'self', _ref: 'article-first' },
    ]
    const expected = [
      {
        path: 'related[_key=="self"]',
        message: 'An article cannot be related to itself: remove it from Related articles.',
      },
    ]
    expect(await problemsOf(fixture.article('first', { related }))).toEqual(expected)
    const draft = fixture.article('first', { _id: 'drafts.article-first', related })
    expect(await problemsOf(draft)).toEqual(expected)
  })

  it('allows at most three related articles', async () => {
    const related = ['a', 'b', 'c', 'd'].map((slug) => ({
      _type: 'reference',
      _key: slug,
      _ref: `article-${slug}`,
    }))
    const others = ['a', 'b', 'c', 'd'].map((slug) => fixture.article(slug))
    expect(await problemsOf(fixture.article('first', { related }), others)).toEqual([
      { path: 'related', message: 'Choose up to 3 related articles, each only once.' },
    ])
  })
})

describe('rich text rules', () => {
  it('rejects a javascript: link', async () => {
    const body = [fixture.paragraphLinkingTo('javascript:alert(1)')]
    expect(await problemsOf(fixture.article('first', { body }))).toEqual([
      {
        path: 'body[_key=="linked"].markDefs[_key=="link"].href',
        message:
          'Use a web address starting with https:// or http://, or a mailto: or tel: link. Links that run code, such as javascript:, are not allowed.',
      },
    ])
  })

  it('accepts web, email and telephone links', async () => {
    for (const href of [
      'https://www.caa.co.uk/',
      'mailto:Contact@ChaffCent.co.uk',
      'tel:+441544000000',
    ]) {
      expect(
        await problemsOf(fixture.article('first', { body: [fixture.paragraphLinkingTo(href)] })),
        href,
      ).toEqual([])
    }
  })

  it('requires alternative text on an image unless it is marked decorative', async () => {
    const withoutAlt = fixture.article('first', { body: [fixture.imageInText({})] })
    expect(await problemsOf(withoutAlt)).toEqual([
      {
        path: 'body[_key=="figure"].alt',
        message:
          'Describe the image for people who cannot see it, or tick “Decorative image” if it adds no information.',
      },
    ])
    const decorative = fixture.article('first', {
      body: [fixture.imageInText({ decorative: true })],
    })
    expect(await problemsOf(decorative)).toEqual([])
  })
})

describe('slug rules', () => {
  const page = (id: string, slug: string): DatasetDocument => ({
    _id: id,
    _type: 'page',
    title: 'A page',
    slug: { _type: 'slug', current: slug },
  })

  it('lets editors add a page at a free address', async () => {
    expect(await problemsOf(page('page-careers', 'careers'))).toEqual([])
  })

  it('refuses a page at an address the site uses for its own section', async () => {
    expect(await problemsOf(page('page-insights', 'insights'))).toEqual([
      {
        path: 'slug',
        message:
          'The site already uses /insights for one of its own sections. Choose another address, e.g. “insights-overview”.',
      },
    ])
  })

  it('keeps a fixed page at its own address', async () => {
    expect(await problemsOf(page('page-contact', 'get-in-touch'))).toEqual([
      {
        path: 'slug',
        message: 'This page always lives at /contact: change the slug back to “contact”.',
      },
    ])
  })

  it('limits a legal document to the three legal addresses', async () => {
    expect(await problemsOf(fixture.legalDocument('cookies'))).toEqual([
      {
        path: 'slug',
        message:
          'Use one of the addresses the site has a page for: privacy, terms or modern-slavery.',
      },
    ])
  })

  it('lets only one legal document use each address, answered from the dataset', async () => {
    const secondPrivacy = fixture.legalDocument('privacy', { _id: 'legal-privacy-copy' })
    expect(await problemsOf(secondPrivacy)).toEqual([
      { path: 'slug', message: 'Slug is already in use' },
    ])
  })

  it('does not count a document’s own draft as another use of its slug', async () => {
    const draft = fixture.legalDocument('privacy', { _id: 'drafts.legal-privacy' })
    expect(await problemsOf(draft, [fixture.legalDocument('privacy')])).toEqual([])
  })
})

describe('link rules', () => {
  const button = 'sections[_key=="banner"].primaryAction'

  it('accepts a link to a document instead of a page of the site', async () => {
    const toArticle = { document: { _type: 'reference', _ref: 'article-first' } }
    expect(await problemsOf(fixture.pageWithButton(toArticle))).toEqual([])
  })

  it('requires exactly one destination', async () => {
    expect(await problemsOf(fixture.pageWithButton({}))).toEqual([
      {
        path: button,
        message:
          'Choose where this link goes: a page of the site, a document or an address elsewhere.',
      },
    ])
    const both = { route: '/contact', document: { _type: 'reference', _ref: 'article-first' } }
    expect(await problemsOf(fixture.pageWithButton(both))).toEqual([
      {
        path: button,
        message:
          'Choose one destination (a page of the site, a document or an address elsewhere): clear the others.',
      },
    ])
  })

  it('accepts an https, mailto or tel address elsewhere', async () => {
    for (const url of [
      'https://www.linkedin.com/company/chaffcent',
      'mailto:Contact@ChaffCent.co.uk',
      'tel:+441544123456',
    ]) {
      expect(await problemsOf(fixture.pageWithButton({ url }))).toEqual([])
    }
  })

  it('refuses an address the site would not render, and a second destination', async () => {
    expect(await problemsOf(fixture.pageWithButton({ url: 'javascript:alert(1)' }))).toEqual([
      expect.objectContaining({ path: `${button}.url` }),
    ])
    const both = { route: '/contact', url: 'https://www.linkedin.com' }
    expect(await problemsOf(fixture.pageWithButton(both))).toEqual([
      expect.objectContaining({ path: button }),
    ])
  })

  it('accepts only the site’s own routes', async () => {
    expect(await problemsOf(fixture.pageWithButton({ route: '/careers' }))).toEqual([
      { path: `${button}.route`, message: 'Choose a page from the list.' },
    ])
  })
})

describe('search and sharing lengths', () => {
  it('warns about, but does not block, a title and description longer than search engines show', async () => {
    const seo = { _type: 'seo', title: 'T'.repeat(61), description: 'D'.repeat(161) }
    const document = fixture.article('first', { seo })
    const dataset = [...fixture.baseDataset.filter((doc) => doc._id !== document._id), document]
    const problems = await validateDataset([document], { dataset, environment: 'studio' })
    expect(problems.map(({ path, level }) => ({ path, level }))).toEqual([
      { path: 'seo.title', level: 'warning' },
      { path: 'seo.description', level: 'warning' },
    ])
  })
})
