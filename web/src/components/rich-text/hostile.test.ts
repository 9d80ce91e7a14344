import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HOSTILE_BLOCKS, HOSTILE_TEXTS } from './hostile.fixture'
import { RichText } from './RichText'
import type { RichTextValue } from './types'

function render(value: RichTextValue): string {
  return renderToStaticMarkup(createElement(RichText, { value }))
}

/** What no rendered tag may carry: script URLs, off-site paths, inline styles or handlers. */
const UNSAFE_MARKUP = [
  /="\s*(javascript|data|vbscript):/i,
  /href="(\/\/|\\)/,
  /<(h1|h4|h5|h6|code|del|script)\b/,
  /<[^>]*\s(style|on[a-z]+)=/,
]

// With the image CDN configured, image blocks go as far as building URLs.
beforeEach(() => {
  vi.stubEnv('SANITY_PROJECT_ID', 'p1')
  vi.stubEnv('SANITY_DATASET', 'production')
})
afterEach(() => vi.unstubAllEnvs())

describe('RichText given hostile content', () => {
  it.each(HOSTILE_BLOCKS.map((block) => [block._key, block] as const))(
    '%s renders inert',
    (_key, block) => {
      const html = render([block])
      for (const pattern of UNSAFE_MARKUP) expect(html).not.toMatch(pattern)
    },
  )

  it('renders the whole fixture, each block as its text, with lists at most four deep', () => {
    const html = render(HOSTILE_BLOCKS)
    for (const text of HOSTILE_TEXTS) expect(html).toContain(text)
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toMatch(/(<(ul|ol)[^>]*>(<li>)?){5}/)
    expect(html).not.toContain('NaN')
  })
})
