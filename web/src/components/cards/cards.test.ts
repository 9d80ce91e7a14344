import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ArticleGrid } from './ArticleGrid'
import { CardGrid } from './CardGrid'

const article = {
  key: 'a',
  href: '/insights/a',
  title: 'From Data to Decision',
  excerpt: 'Provenance, analytics and audit.',
  publishedAt: '2025-03-01',
}

describe('ArticleGrid', () => {
  it('lists the cards, with the date when given', () => {
    const html = renderToStaticMarkup(createElement(ArticleGrid, { articles: [article] }))
    expect(html).toMatch(/^<ul role="list"/)
    expect(html).toMatch(
      /<li[^>]*><article[^>]*><h3[^>]*><a [^>]*href="\/insights\/a">From Data to Decision<\/a>/,
    )
    expect(html).toContain('<time class=')
    expect(html).toContain('dateTime="2025-03-01">1 March 2025</time>')
  })

  it('can raise the card headings to level 2', () => {
    const html = renderToStaticMarkup(
      createElement(ArticleGrid, { articles: [article], headingLevel: 2 }),
    )
    expect(html).toMatch(/<h2[^>]*><a [^>]*>From Data to Decision<\/a><\/h2>/)
    expect(html).not.toContain('<h3')
  })

  it('renders nothing for no articles', () => {
    expect(renderToStaticMarkup(createElement(ArticleGrid, { articles: [] }))).toBe('')
  })
})

describe('CardGrid', () => {
  const html = renderToStaticMarkup(
    createElement(CardGrid, {
      items: [
        { key: 'aviation', title: 'Aviation', text: 'Training.', href: '/sectors/aviation' },
        { key: 'note', title: 'Independent', text: 'No vendor ties.', meta: 'Principle' },
      ],
    }),
  )

  it('makes the title of a card with a page the link to it', () => {
    expect(html).toMatch(/<h3[^>]*><a [^>]*href="\/sectors\/aviation">Aviation<\/a><\/h3>/)
  })

  it('leaves a card without a page as plain content with its label', () => {
    expect(html.match(/<a /g)).toHaveLength(1)
    expect(html).toMatch(/<div[^>]*><p[^>]*>Principle<\/p><h3[^>]*>Independent<\/h3>/)
  })
})
