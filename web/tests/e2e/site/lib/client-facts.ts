/**
 * The client's facts as its current public site states them, written out here rather than
 * taken from the seed, so the tests check the seed and the site against the record.
 */
import { CLIENT_SITE } from '@chaffcent/content/client-record'

const {
  legalName,
  siteUrl,
  description,
  address,
  contactEmail,
  contactType,
  areaServed,
  knowsAbout,
} = CLIENT_SITE

export const DESCRIPTION = description

export const COMPANY_NUMBER = CLIENT_SITE.companyNumber

/** The Organization JSON-LD every page carries in `<head>`, as the current site writes it. */
export const ORGANIZATION_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'Organization',
  name: legalName,
  url: siteUrl,
  description,
  address: {
    '@type': 'PostalAddress',
    streetAddress: address.streetAddress,
    addressLocality: address.addressLocality,
    postalCode: address.postalCode,
    addressCountry: address.addressCountry,
  },
  contactPoint: { '@type': 'ContactPoint', email: contactEmail, contactType },
  areaServed,
  knowsAbout,
}

export const FOOTER_ADDRESS = '61 Bridge Street, Kington, HR5 3DJ, United Kingdom'

export const FOOTER_COLUMNS = [
  {
    heading: 'Company',
    links: ['Who We Are', 'What We Do', 'Ventures & Platforms', 'Partnerships'],
  },
  { heading: 'Explore', links: ['Sectors We Serve', 'Insights', 'Contact'] },
  { heading: 'Legal', links: ['Privacy Notice', 'Terms of Use', 'Modern Slavery Statement'] },
] as const

export const LEGAL_LINKS = [
  { label: 'Privacy Notice', href: '/legal/privacy' },
  { label: 'Terms of Use', href: '/legal/terms' },
  { label: 'Modern Slavery Statement', href: '/legal/modern-slavery' },
] as const

export const DISCLAIMER =
  'Nothing on this site constitutes legal, regulatory, or technical advice. Content is provided for information only.'

export const NOT_FOUND_COPY = {
  eyebrow: '404',
  heading: 'Page not found.',
  text: 'The page you are looking for does not exist, may have been moved, or is not publicly available.',
}

/** The seed article as the client's current site publishes it, with what its page must show. */
export const SEED_ARTICLE = {
  path: '/insights/it-ot-convergence-high-consequence-environments',
  id: 'article-it-ot-convergence-high-consequence-environments',
  title:
    'IT and OT Convergence in High-Consequence Environments: What Good Security Coordination Looks Like',
  category: 'Infrastructure & Energy',
  readTime: '6 min read',
  byline: 'ChaffCent Ventures',
  dateTime: '2025-04-08',
  date: '8 April 2025',
  paragraphs: 17,
  related: [
    {
      title: 'Why Layered Systems Still Matter in Complex Security Environments',
      category: 'Security & Resilience',
      href: '/insights/layered-systems-complex-security-environments',
    },
    {
      title: 'From Data to Decision: The Case for Governed Exploitation Layers',
      category: 'Technology',
      href: '/insights/data-to-decision-governed-exploitation-layers',
    },
  ],
} as const

export const ARTICLE_CALL_TO_ACTION = {
  eyebrow: 'Get in Touch',
  heading: 'Discuss a Requirement or Opportunity',
  text: 'If this article overlaps with a live requirement, capability question, or partnership opportunity, contact ChaffCent directly.',
  primary: { name: 'Contact ChaffCent', href: '/contact' },
  secondary: { name: 'View Insights', href: '/insights' },
}
