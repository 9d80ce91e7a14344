import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Highlighted } from './Highlighted'

const render = (text: string, terms: string[]) =>
  renderToStaticMarkup(createElement(Highlighted, { text, terms }))

describe('a highlighted title or snippet', () => {
  it('wraps each match in a <mark>', () => {
    expect(render('Aviation training for aviators', ['aviat'])).toBe(
      '<mark>Aviation</mark> training for <mark>aviators</mark>',
    )
  })

  it('escapes markup in the text, matched or not, so a title cannot inject HTML', () => {
    const html = render('<script>alert("x")</script> <b>bold</b> script', ['script', 'b'])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>')
    expect(html).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &lt;<mark>b</mark>&gt;<mark>bold</mark>&lt;/<mark>b</mark>&gt; <mark>script</mark>',
    )
  })
})
