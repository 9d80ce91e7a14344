import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MenuToggle } from './MenuToggle'

const links = [
  { label: 'Who We Are', href: '/who-we-are' },
  { label: 'Insights', href: '/insights' },
  { label: 'Contact', href: '/contact' },
]

function render(currentPath: string | null): string {
  return renderToStaticMarkup(createElement(MenuToggle, { links, currentPath }))
}

describe('MenuToggle as first sent, before scripts run', () => {
  it('is the navigation landmark named "Main"', () => {
    expect(render('/')).toMatch(/^<nav aria-label="Main"/)
  })

  it('offers a link to the list in place of the button, so the menu works without JavaScript', () => {
    const html = render('/')
    const target = /<a href="#(primary-navigation[^"]*)"[^>]*>.*Menu<\/a>/.exec(html)?.[1]
    expect(target).toBeDefined()
    // The search form's submit button may sit in the list; the menu's own toggle may not.
    expect(html).not.toContain('aria-expanded')
    expect(html).toContain(`<ul id="${target}" role="list"`)
  })

  it('marks the current page, and the section of a page beneath it', () => {
    expect(render('/contact')).toMatch(/aria-current="page" href="\/contact"/)
    const article = render('/insights/some-article')
    expect(article).toMatch(/aria-current="true" href="\/insights"/)
    expect(article).not.toContain('aria-current="page"')
  })

  it('marks nothing while the path is unknown', () => {
    expect(render(null)).not.toContain('aria-current')
  })
})
