import type { SiteIdentity } from './types'

/** The client's site settings as /work/shared/SITE.md records them, for the SEO tests. */
export const CHAFFCENT_SITE: SiteIdentity = {
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

export const ARTICLE_TITLE =
  'IT and OT Convergence in High-Consequence Environments: What Good Security Coordination Looks Like'
export const ARTICLE_PATH = '/insights/it-ot-convergence-high-consequence-environments'
