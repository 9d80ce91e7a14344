import { describe, expect, it } from 'vitest'
import { articleJsonLd, breadcrumbJsonLd, faqPageJsonLd, organizationJsonLd } from './json-ld'
import { ARTICLE_PATH, ARTICLE_TITLE, CHAFFCENT_SITE as site } from './site.fixture'

const chaffcent = {
  '@type': 'Organization',
  name: 'ChaffCent Ventures Limited',
  url: 'https://www.chaffcent.com',
}
const articleUrl = `https://www.chaffcent.com${ARTICLE_PATH}`

describe('organizationJsonLd', () => {
  it('says what the current site says about the organisation, and its company number', () => {
    expect(organizationJsonLd(site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'ChaffCent Ventures Limited',
      legalName: 'ChaffCent Ventures Limited',
      url: 'https://www.chaffcent.com',
      description:
        'A multidisciplinary strategic advisory and capability platform operating across security, aviation, infrastructure, resilience, and advanced technology domains.',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '61 Bridge Street',
        addressLocality: 'Kington',
        postalCode: 'HR5 3DJ',
        addressCountry: 'GB',
      },
      contactPoint: {
        '@type': 'ContactPoint',
        email: 'Contact@ChaffCent.co.uk',
        contactType: 'general enquiries',
      },
      areaServed: 'Worldwide',
      knowsAbout: [
        'Strategic Advisory',
        'Capability Development',
        'Aviation Training',
        'Security and Resilience',
        'Upstream Oil and Gas',
        'UAV and Counter-UAV',
      ],
      identifier: { '@type': 'PropertyValue', propertyID: 'GB-COH', value: '16873208' },
    })
  })

  it('identifies the company by its Companies House number when one is given', () => {
    const withNumber = organizationJsonLd({
      ...site,
      siteUrl: 'https://www.chaffcent.com/',
      companyNumber: '16873208',
    })
    expect(withNumber).toMatchObject({
      url: 'https://www.chaffcent.com',
      identifier: { '@type': 'PropertyValue', propertyID: 'GB-COH', value: '16873208' },
    })
  })
})

describe('organizationJsonLd without the optional settings', () => {
  it('leaves out what editors left empty rather than saying nothing', () => {
    const { contactType: _type, areaServed: _area, knowsAbout: _knows, ...bare } = site
    const organisation = organizationJsonLd(bare)
    expect(organisation).not.toHaveProperty('areaServed')
    expect(organisation).not.toHaveProperty('knowsAbout')
    expect(organisation).toMatchObject({
      contactPoint: { '@type': 'ContactPoint', email: site.contactEmail },
    })
    expect(organisation).not.toHaveProperty('contactPoint.contactType')
  })
})

describe('articleJsonLd', () => {
  const article = {
    title: ARTICLE_TITLE,
    description: 'An excerpt.',
    path: ARTICLE_PATH,
    publishedAt: '2025-04-08',
    section: 'Infrastructure & Energy',
  }

  it('describes the article, written and published by the organisation', () => {
    expect(articleJsonLd(site, article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: ARTICLE_TITLE,
      description: 'An excerpt.',
      datePublished: '2025-04-08',
      dateModified: '2025-04-08',
      author: chaffcent,
      publisher: chaffcent,
      mainEntityOfPage: articleUrl,
      url: articleUrl,
      inLanguage: 'en-GB',
      articleSection: 'Infrastructure & Energy',
    })
  })

  it('names its authors as people, with role, LinkedIn profile and card on the site', () => {
    const authors = [
      {
        name: 'Ada Lovelace',
        jobTitle: 'Director',
        linkedIn: 'https://www.linkedin.com/in/ada',
        path: '/who-we-are#ada-lovelace',
      },
      { name: 'Charles Babbage' },
    ]
    expect(articleJsonLd(site, { ...article, authors }).author).toEqual([
      {
        '@type': 'Person',
        name: 'Ada Lovelace',
        jobTitle: 'Director',
        sameAs: 'https://www.linkedin.com/in/ada',
        url: 'https://www.chaffcent.com/who-we-are#ada-lovelace',
      },
      { '@type': 'Person', name: 'Charles Babbage' },
    ])
    expect(articleJsonLd(site, { ...article, authors: [] }).author).toEqual(chaffcent)
  })

  it('carries the revision date and an absolute image when there are any', () => {
    const image = { url: '/og/article.png', width: 1200, height: 630, alt: 'Cover' }
    const jsonLd = articleJsonLd(site, { ...article, modifiedAt: '2025-06-01', image })
    expect(jsonLd).toMatchObject({
      dateModified: '2025-06-01',
      image: 'https://www.chaffcent.com/og/article.png',
    })
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 and links each step absolutely', () => {
    const trail = breadcrumbJsonLd(site, [
      { name: 'Home', path: '/' },
      { name: 'Insights', path: '/insights' },
      { name: ARTICLE_TITLE, path: ARTICLE_PATH },
    ])
    expect(trail['@type']).toBe('BreadcrumbList')
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://www.chaffcent.com/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Insights',
        item: 'https://www.chaffcent.com/insights',
      },
      { '@type': 'ListItem', position: 3, name: ARTICLE_TITLE, item: articleUrl },
    ])
  })
})

describe('faqPageJsonLd', () => {
  it('gives each question its accepted answer, in the order the page shows them', () => {
    const items = [
      { question: 'Do you work overseas?', answer: 'Yes.' },
      { question: 'How does an engagement start?', answer: 'With a conversation.' },
    ]
    expect(faqPageJsonLd(site, '/what-we-do', items)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url: 'https://www.chaffcent.com/what-we-do',
      inLanguage: 'en-GB',
      mainEntity: items.map(({ question, answer }) => ({
        '@type': 'Question',
        name: question,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      })),
    })
  })
})
