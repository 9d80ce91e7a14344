import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PreviewBanner } from './PreviewBanner'

describe('PreviewBanner', () => {
  const html = renderToStaticMarkup(createElement(PreviewBanner))

  it('is a landmark named Preview that says what the editor is seeing', () => {
    expect(html).toMatch(/^<aside aria-label="Preview"/)
    expect(html).toContain('>Preview</strong>')
    expect(html).toContain('You are seeing unpublished drafts.')
  })

  it('leaves preview through a POST form, never a prefetchable link', () => {
    const form = /<form [^>]*>/.exec(html)?.[0] ?? ''
    expect(form).toContain('method="post"')
    expect(form).toContain('action="/api/draft-mode/disable?redirect=%2F"')
    expect(html).toContain('<button type="submit"')
    expect(html).not.toContain('<a ')
  })
})
