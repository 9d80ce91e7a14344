import { describe, expect, it } from 'vitest'
import { runQuery } from '../testing/dataset'
import { legalLinksFrom } from '.'
import { LEGAL_LINKS_QUERY } from './query'

describe('the footer’s legal links', () => {
  it('are labelled by the legal documents’ own titles, in the site’s order', async () => {
    expect(legalLinksFrom(await runQuery(LEGAL_LINKS_QUERY))).toEqual([
      { href: '/legal/privacy', label: 'Privacy Notice' },
      { href: '/legal/terms', label: 'Terms of Use' },
      { href: '/legal/modern-slavery', label: 'Modern Slavery Statement' },
    ])
  })

  it('follow a renamed document, and leave out one that is missing rather than link to a 404', () => {
    const links = legalLinksFrom([
      {
        _type: 'legalDocument',
        title: 'Slavery and Trafficking Statement',
        slug: 'modern-slavery',
      },
      { _type: 'legalDocument', title: 'Privacy Notice', slug: 'privacy' },
    ])
    expect(links).toEqual([
      { href: '/legal/privacy', label: 'Privacy Notice' },
      { href: '/legal/modern-slavery', label: 'Slavery and Trafficking Statement' },
    ])
  })
})
