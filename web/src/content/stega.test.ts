import { vercelStegaCombine } from '@vercel/stega'
import { describe, expect, it } from 'vitest'
import { articleCard, link, option, slug, text } from './schemas'
import { cleanString, hasVisibleText, stegaClean, stegaEnabledFor, trimVisible } from './stega'

/** A value as @sanity/client returns it in preview: its edit link appended as invisible marks. */
const marked = (value: string) =>
  vercelStegaCombine(value, { origin: 'sanity.io', href: '/intent/edit/id=x' }, false)

describe('stega: click-to-edit marks', () => {
  it('are on for drafts only, so nothing cached for visitors ever carries them', () => {
    expect(stegaEnabledFor('drafts')).toBe(true)
    expect(stegaEnabledFor('published')).toBe(false)
  })

  it('stay on shown text, trimmed around what a reader sees', () => {
    const title = marked('  Counter-UAV  ')
    const parsed = text.parse(title)
    expect(parsed).not.toBe('Counter-UAV')
    expect(stegaClean(parsed)).toBe('Counter-UAV')
    expect(parsed.endsWith(title.slice('  Counter-UAV  '.length))).toBe(true)
    expect(trimVisible(' plain ')).toBe('plain')
  })

  it('do not count as text: a field holding only marks is empty', () => {
    expect(hasVisibleText(marked(''))).toBe(false)
    expect(text.safeParse(marked('  ')).success).toBe(false)
  })

  it('are removed from values the code reads: slugs, options, link addresses', () => {
    expect(cleanString.parse(marked('a'))).toBe('a')
    expect(slug.parse(marked('counter-uav'))).toBe('counter-uav')
    expect(option(['privacy', 'terms']).parse(marked('terms'))).toBe('terms')
    const menu = link.parse({ label: marked('LinkedIn'), url: marked('https://linkedin.com/x') })
    expect(menu.href).toBe('https://linkedin.com/x')
    expect(menu.label).not.toBe('LinkedIn')
    const card = articleCard.parse({
      _id: 'a',
      _type: 'article',
      title: marked('T'),
      slug: marked('t'),
      excerpt: 'E',
      publishedAt: marked('2026-01-02'),
      category: { _type: 'category', title: 'C', slug: marked('c') },
    })
    expect([card.slug, card.publishedAt, card.category.slug]).toEqual(['t', '2026-01-02', 'c'])
  })
})
