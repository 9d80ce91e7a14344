import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { footerHeadingIds } from './FooterColumns'
import { SiteFooter } from './SiteFooter'

const props = {
  legalName: 'ChaffCent Ventures Limited',
  tagline: 'A multidisciplinary strategic advisory and capability platform.',
  address: {
    streetAddress: '61 Bridge Street',
    addressLocality: 'Kington',
    postalCode: 'HR5 3DJ',
    countryName: 'United Kingdom',
  },
  columns: [
    { heading: 'Company', links: [{ label: 'Who We Are', href: '/who-we-are' }] },
    {
      heading: 'Legal',
      links: [
        {
          label: 'Privacy Notice',
          href: '/legal/privacy',
          ariaLabel: 'Privacy Notice (legal document)',
        },
      ],
    },
  ],
  legalLinks: [
    { label: 'Privacy Notice', href: '/legal/privacy' },
    { label: 'Terms of Use', href: '/legal/terms' },
  ],
  year: 2026,
  registration: 'Registered in England & Wales',
  companyNumber: '16873208',
  disclaimer: 'Nothing on this site constitutes legal, regulatory, or technical advice.',
}

const html = renderToStaticMarkup(createElement(SiteFooter, props))
const text = html.replace(/<[^>]+>/g, '')

describe('SiteFooter', () => {
  it('is the contentinfo landmark named "Site footer"', () => {
    expect(html).toMatch(/^<footer[^>]* role="contentinfo" aria-label="Site footer"/)
  })

  it('links the two-part wordmark home with the client’s accessible name', () => {
    expect(html).toMatch(
      /<a [^>]*aria-label="ChaffCent Ventures Limited , return to home" href="\/"/,
    )
    expect(text).toContain('ChaffCent Ventures Limited')
  })

  it('reads the address as one comma-separated line', () => {
    expect(html).toMatch(/<address[^>]*>/)
    expect(text).toContain('61 Bridge Street, Kington, HR5 3DJ, United Kingdom')
  })

  it('names each column’s list by its heading', () => {
    expect(html).toContain('<h3 id="footer-nav-company"')
    expect(html).toContain('<ul role="list" aria-labelledby="footer-nav-company"')
    expect(html).toContain('aria-label="Privacy Notice (legal document)"')
  })

  it('prints the legal line with the year passed in', () => {
    expect(text).toContain(
      '© 2026 ChaffCent Ventures Limited. All rights reserved. Registered in England &amp; Wales. Company No. 16873208.',
    )
    expect(text).toContain(props.disclaimer)
  })

  it('separates the legal links with middle dots hidden from screen readers', () => {
    expect(html).toMatch(/<ul role="list"[^>]* aria-label="Legal document links"/)
    expect(html.match(/aria-hidden="true">·</g)).toHaveLength(props.legalLinks.length - 1)
  })
})

describe('footerHeadingIds', () => {
  it('derives ids from the headings and keeps them unique', () => {
    expect(footerHeadingIds(['Company', 'Explore', 'Legal & Policy', 'Company'])).toEqual([
      'footer-nav-company',
      'footer-nav-explore',
      'footer-nav-legal-and-policy',
      'footer-nav-company-2',
    ])
  })
})
