import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { RichText } from './RichText'
import type { RichTextValue } from './types'

type Span = { text: string; marks?: string[] }

function block(spans: Span[], extra: Record<string, unknown> = {}, markDefs: object[] = []) {
  return {
    _type: 'block',
    _key: Math.random().toString(36).slice(2),
    style: 'normal',
    markDefs,
    children: spans.map((span, index) => ({
      _type: 'span',
      _key: `s${index}`,
      text: span.text,
      marks: span.marks ?? [],
    })),
    ...extra,
  }
}

function render(value: RichTextValue): string {
  return renderToStaticMarkup(createElement(RichText, { value }))
}

function linked(markDef: object): string {
  return render([block([{ text: 'the report', marks: ['m1'] }], {}, [{ _key: 'm1', ...markDef }])])
}

describe('RichText blocks and decorators', () => {
  it('renders each allowed style as its element', () => {
    const html = render([
      block([{ text: 'Heading' }], { style: 'h2' }),
      block([{ text: 'Sub' }], { style: 'h3' }),
      block([{ text: 'Quoted' }], { style: 'blockquote' }),
      block([
        { text: 'Plain ' },
        { text: 'bold', marks: ['strong'] },
        { text: 'it', marks: ['em'] },
      ]),
    ])
    expect(html).toContain('<h2>Heading</h2>')
    expect(html).toContain('<h3>Sub</h3>')
    expect(html).toContain('<blockquote>Quoted</blockquote>')
    expect(html).toContain('<p>Plain <strong>bold</strong><em>it</em></p>')
  })

  it('groups list items into bulleted and numbered lists', () => {
    const html = render([
      block([{ text: 'One' }], { listItem: 'bullet', level: 1 }),
      block([{ text: 'Two' }], { listItem: 'bullet', level: 1 }),
      block([{ text: 'First' }], { listItem: 'number', level: 1 }),
    ])
    expect(html).toContain('<ul><li>One</li><li>Two</li></ul>')
    expect(html).toContain('<ol><li>First</li></ol>')
  })

  it('renders nothing for empty content and skips unknown objects', () => {
    expect(render([])).toBe('')
    expect(render([{ _type: 'mysteryWidget', _key: 'x' }, block([{ text: 'Kept' }])])).toBe(
      render([block([{ text: 'Kept' }])]),
    )
  })

  it('escapes text rather than interpreting it as markup', () => {
    const html = render([block([{ text: '<script>alert(1)</script>' }])])
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
})

describe('RichText internal links', () => {
  it('links to the page of the referenced document', () => {
    const html = linked({ _type: 'internalLink', target: { _type: 'article', slug: 'layered' } })
    expect(html).toContain('<a href="/insights/layered">the report</a>')
  })

  it('carries its full address for print when the page gives the site’s', () => {
    const value = [
      block([{ text: 'the report', marks: ['m1'] }], {}, [
        { _key: 'm1', _type: 'internalLink', target: { _type: 'article', slug: 'layered' } },
      ]),
    ] as RichTextValue
    const html = renderToStaticMarkup(
      createElement(RichText, { value, siteUrl: 'https://www.chaffcent.com' }),
    )
    expect(html).toContain('data-print-href="https://www.chaffcent.com/insights/layered"')
    expect(html).toContain('href="/insights/layered"')
  })

  it('renders plain text when the target is missing or has no page', () => {
    expect(linked({ _type: 'internalLink', target: null })).toContain('<p>the report</p>')
    expect(linked({ _type: 'internalLink', target: { _type: 'sector', slug: null } })).toContain(
      '<p>the report</p>',
    )
  })
})

describe('RichText external links', () => {
  it('links to web, email and telephone addresses', () => {
    expect(linked({ _type: 'externalLink', href: 'https://example.com/a' })).toContain(
      '<a href="https://example.com/a">the report</a>',
    )
    expect(linked({ _type: 'externalLink', href: 'mailto:a@example.com' })).toContain(
      'href="mailto:a@example.com"',
    )
    expect(linked({ _type: 'externalLink', href: 'tel:+441544000000' })).toContain(
      'href="tel:+441544000000"',
    )
  })

  it('renders any other scheme as plain text', () => {
    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', '/x']) {
      const html = linked({ _type: 'externalLink', href })
      expect(html).not.toContain('<a')
      expect(html).toContain('<p>the report</p>')
    }
  })

  it('says when a link opens a new tab, and cuts the opener', () => {
    const html = linked({ _type: 'externalLink', href: 'https://example.com', openInNewTab: true })
    expect(html).toContain('target="_blank"')
    expect(html).toContain('rel="noopener noreferrer"')
    expect(html).toContain('<span class="visually-hidden"> (opens in a new tab)</span>')
  })
})

describe('RichText images', () => {
  const image = {
    _type: 'accessibleImage',
    _key: 'img',
    asset: { _id: 'image-abc123-1200x800-jpg', lqip: null },
    alt: 'A runway at dusk',
    caption: 'Approach lighting',
  }

  /** Renders with the site's environment naming a hosted project, or none. */
  function withProject<T>(projectId: string | undefined, run: () => T): T {
    vi.stubEnv('SANITY_PROJECT_ID', projectId ?? '')
    vi.stubEnv('SANITY_DATASET', 'production')
    try {
      return run()
    } finally {
      vi.unstubAllEnvs()
    }
  }

  it('serves an image from the site’s own endpoint when no Sanity project is configured', () => {
    const html = withProject(undefined, () => render([image]))
    expect(html).toContain('src="/images/local/embedded/abc123-1200x800.jpg?w=1440')
  })

  it('renders a sized figure with its alt text and caption from the project CDN', () => {
    const html = withProject('proj1', () => render([image]))
    expect(html).toContain('<figure')
    expect(html).toContain(
      'src="https://cdn.sanity.io/images/proj1/production/abc123-1200x800.jpg?w=1440',
    )
    expect(html).toContain('alt="A runway at dusk"')
    expect(html).toContain('width="1200" height="800"')
    expect(html).toContain('<figcaption>Approach lighting</figcaption>')
  })

  it('renders nothing for an image whose asset is gone', () => {
    const html = withProject('proj1', () => render([{ ...image, asset: null }]))
    expect(html).not.toContain('<figure')
  })

  it('gives a decorative image empty alt text', () => {
    const html = withProject('proj1', () => render([{ ...image, decorative: true }]))
    expect(html).toContain('alt=""')
  })
})
