import { TYPE } from '@chaffcent/content/content-types'
import type { SeedDocument } from './lib/documents/types'
import { siteRoute, type CallToAction } from './lib/shapes'

/**
 * The organisation's facts, exactly as the client's old site stated them (Organization
 * JSON-LD, footer and page metadata). Change them only on the client's word.
 */
const TAGLINE =
  'A multidisciplinary strategic advisory and capability platform operating across security, aviation, infrastructure, resilience, and advanced technology domains.'

export const defaultCallToAction: CallToAction = {
  _type: 'callToAction',
  eyebrow: 'Get in Touch',
  heading: 'Discuss a Requirement or Opportunity',
  text: 'If this article overlaps with a live requirement, capability question, or partnership opportunity, contact ChaffCent directly.',
  primaryAction: siteRoute('contact', 'Contact ChaffCent'),
  secondaryAction: siteRoute('insights', 'View Insights →'),
}

export const siteSettings: SeedDocument = {
  _id: TYPE.siteSettings,
  _type: TYPE.siteSettings,
  legalName: 'ChaffCent Ventures Limited',
  shortName: 'ChaffCent Ventures',
  siteUrl: 'https://www.chaffcent.com',
  description: TAGLINE,
  address: {
    _type: 'postalAddress',
    streetAddress: '61 Bridge Street',
    addressLocality: 'Kington',
    postalCode: 'HR5 3DJ',
    addressCountry: 'GB',
    countryName: 'United Kingdom',
  },
  contactEmail: 'Contact@ChaffCent.co.uk',
  contactType: 'general enquiries',
  companyNumber: '16873208',
  registration: 'Registered in England & Wales',
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
  headerNavigation: [
    siteRoute('whoWeAre'),
    siteRoute('whatWeDo'),
    siteRoute('ventures'),
    siteRoute('partnerships'),
    siteRoute('sectors'),
    siteRoute('insights'),
    siteRoute('contact'),
  ],
  footerColumns: [
    {
      _type: 'footerColumn',
      heading: 'Company',
      links: [
        siteRoute('whoWeAre'),
        siteRoute('whatWeDo'),
        siteRoute('ventures'),
        siteRoute('partnerships'),
      ],
    },
    {
      _type: 'footerColumn',
      heading: 'Explore',
      links: [siteRoute('sectors'), siteRoute('insights'), siteRoute('contact')],
    },
    {
      _type: 'footerColumn',
      heading: 'Legal',
      links: [siteRoute('privacy'), siteRoute('terms'), siteRoute('modernSlavery')],
    },
  ],
  footerDisclaimer:
    'Nothing on this site constitutes legal, regulatory, or technical advice. Content is provided for information only.',
  defaultCallToAction,
}
