import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ArticleHeader } from './ArticleHeader'
import { RelatedArticles } from './RelatedArticles'

const text = (html: string) => html.replace(/<[^>]+>/g, '')

describe('ArticleHeader', () => {
  const html = renderToStaticMarkup(
    createElement(ArticleHeader, {
      category: 'Infrastructure & Energy',
      readTimeMinutes: 6,
      title: 'IT and OT Convergence in High-Consequence Environments',
      excerpt: 'A practical view on why IT and OT security cannot be managed in isolation.',
      authors: [{ name: 'ChaffCent Ventures' }],
      publishedAt: '2025-04-08',
    }),
  )

  it('is labelled "Article header" and leads back to Insights through a breadcrumb', () => {
    expect(html).toMatch(/^<header[^>]* aria-label="Article header"/)
    expect(html).toMatch(/<nav[^>]* aria-label="Breadcrumb"><a [^>]*href="\/insights">/)
    expect(text(html)).toContain('← Insights')
  })

  it('shows category, reading time, title, excerpt and a dated byline', () => {
    expect(text(html)).toContain('Infrastructure &amp; Energy·6 min read')
    expect(html).toMatch(/<h1[^>]*>IT and OT Convergence in High-Consequence Environments<\/h1>/)
    expect(html).toContain('<time dateTime="2025-04-08">8 April 2025</time>')
    expect(text(html)).toContain('ChaffCent Ventures·8 April 2025')
  })

  it('names each author, linking those a page introduces to their card', () => {
    const byline = renderToStaticMarkup(
      createElement(ArticleHeader, {
        category: 'Technology',
        readTimeMinutes: 1,
        title: 'T',
        excerpt: 'E',
        authors: [
          { name: 'Ada', href: '/who-we-are#ada' },
          { name: 'Bea' },
          { name: 'Cy', href: '/who-we-are#cy' },
        ],
        publishedAt: '2025-01-01',
      }),
    )
    expect(byline).toMatch(
      /<a [^>]*href="\/who-we-are#ada"[^>]*>Ada<\/a>, Bea and <a [^>]*href="\/who-we-are#cy"/,
    )
  })

  it('links the category when given its listing', () => {
    const linked = renderToStaticMarkup(
      createElement(ArticleHeader, {
        category: 'Technology',
        categoryHref: '/insights/category/technology',
        readTimeMinutes: 1,
        title: 'T',
        excerpt: 'E',
        authors: [{ name: 'B' }],
        publishedAt: '2025-01-01',
      }),
    )
    expect(linked).toMatch(/<a [^>]*href="\/insights\/category\/technology">Technology<\/a>/)
  })

  it('leaves the date out of a draft not yet dated (publishing dates it)', () => {
    const undated = renderToStaticMarkup(
      createElement(ArticleHeader, {
        category: 'Technology',
        readTimeMinutes: 1,
        title: 'T',
        excerpt: 'E',
        authors: [{ name: 'ChaffCent Ventures' }],
      }),
    )
    expect(undated).not.toContain('<time')
    expect(text(undated)).toContain('ChaffCent Ventures')
    expect(text(undated)).not.toContain('ChaffCent Ventures·')
  })
})

describe('RelatedArticles', () => {
  it('renders nothing without related articles', () => {
    expect(renderToStaticMarkup(createElement(RelatedArticles, { articles: [] }))).toBe('')
  })

  it('is a "Further Reading" region of cards whose title is the link', () => {
    const html = renderToStaticMarkup(
      createElement(RelatedArticles, {
        articles: [
          {
            key: 'a',
            href: '/insights/layered-systems-complex-security-environments',
            title: 'Why Layered Systems Still Matter in Complex Security Environments',
            category: 'Security & Resilience',
            excerpt: 'A perspective on layered systems.',
          },
        ],
      }),
    )
    expect(html).toMatch(/^<section[^>]* aria-labelledby="related-heading"/)
    expect(html).toMatch(/<h2 id="related-heading"[^>]*>Further Reading<\/h2>/)
    expect(html).toMatch(
      /<h3[^>]*><a [^>]*href="\/insights\/layered-systems-complex-security-environments">Why Layered Systems Still Matter in Complex Security Environments<\/a><\/h3>/,
    )
    expect(text(html)).toContain('Security &amp; Resilience')
    expect(html).toMatch(/<span [^>]*aria-hidden="true">Read article →<\/span>/)
  })
})
