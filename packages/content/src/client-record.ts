import type { SiteIdentity } from './seo/types'

/**
 * The client's own facts, as the client's current public site states them, written out
 * once. Tests check the seed dataset, the SEO helpers and the rendered site against this
 * record rather than against the seed, so a wrong seed cannot pass by agreeing with itself.
 */
export const CLIENT_SITE: SiteIdentity = {
  legalName: 'ChaffCent Ventures Limited',
  shortName: 'ChaffCent Ventures',
  siteUrl: 'https://www.chaffcent.com',
  description:
    'A multidisciplinary strategic advisory and capability platform operating across security, aviation, infrastructure, resilience, and advanced technology domains.',
  address: {
    streetAddress: '61 Bridge Street',
    addressLocality: 'Kington',
    postalCode: 'HR5 3DJ',
    addressCountry: 'GB',
    countryName: 'United Kingdom',
  },
  contactEmail: 'Contact@ChaffCent.co.uk',
  contactType: 'general enquiries',
  areaServed: 'Worldwide',
  knowsAbout: [
    'Strategic Advisory',
    'Capability Development',
    'Aviation Training',
    'Security and Resilience',
    'Upstream Oil and Gas',
    'UAV and Counter-UAV',
  ],
  companyNumber: '16873208',
  seo: {
    titleSuffix: 'ChaffCent Ventures Limited',
    ogTitleSuffix: 'ChaffCent Ventures',
    keywords: [
      'strategic advisory',
      'capability development',
      'aviation training',
      'security resilience',
      'defence consultancy',
      'ChaffCent Ventures',
      'UAV advisory',
      'upstream oil gas advisory',
    ],
    twitterTitle: 'ChaffCent Ventures Limited',
    twitterDescription:
      'Strategic advisory and capability development across security, aviation, infrastructure, and advanced technology.',
  },
}

export const CLIENT_REGISTRATION = 'Registered in England & Wales'

/** The footer's navigation columns: heading, then each link's label and path. */
export const CLIENT_FOOTER_COLUMNS = [
  {
    heading: 'Company',
    links: [
      ['Who We Are', '/who-we-are'],
      ['What We Do', '/what-we-do'],
      ['Ventures & Platforms', '/ventures'],
      ['Partnerships', '/partnerships'],
    ],
  },
  {
    heading: 'Explore',
    links: [
      ['Sectors We Serve', '/sectors'],
      ['Insights', '/insights'],
      ['Contact', '/contact'],
    ],
  },
  {
    heading: 'Legal',
    links: [
      ['Privacy Notice', '/legal/privacy'],
      ['Terms of Use', '/legal/terms'],
      ['Modern Slavery Statement', '/legal/modern-slavery'],
    ],
  },
] as const

/** The one article whose page survives, as it was published. */
export const CLIENT_ARTICLE = {
  slug: 'it-ot-convergence-high-consequence-environments',
  title:
    'IT and OT Convergence in High-Consequence Environments: What Good Security Coordination Looks Like',
  category: 'Infrastructure & Energy',
  publishedAt: '2025-04-08',
  publishedLabel: '8 April 2025',
  byline: 'ChaffCent Ventures',
  readTime: '6 min read',
  paragraphs: 17,
  related: [
    'Why Layered Systems Still Matter in Complex Security Environments',
    'From Data to Decision: The Case for Governed Exploitation Layers',
  ],
} as const
