/**
 * What the site needs of each document and object type, defined once for studio and web.
 *
 * A field named here is required: the studio will not publish without it and shows the
 * editor its message (which says what to do); the site's zod schema requires it. Every
 * field not named is optional: editors may leave it empty and the site leaves that element
 * out, never the page. Slugs are required by the studio's own slug check, whose messages
 * Sanity writes (see `slugField`).
 */
export const REQUIRED = {
  siteSettings: {
    legalName: 'Enter the registered company name.',
    shortName: 'Enter the short name of the company.',
    siteUrl: 'Enter the site’s public address, starting with https://.',
    description: 'Write a tagline of up to 240 characters.',
    companyNumber: 'Enter the Companies House number, e.g. “16873208”.',
    registration: 'Say where the company is registered, e.g. “Registered in England & Wales”.',
    address: 'Enter the company’s postal address.',
    contactEmail: 'Enter the email address enquiries should go to, e.g. name@example.com.',
    headerNavigation: 'Add between 1 and 8 links to the header menu.',
  },
  postalAddress: {
    streetAddress: 'Enter the street address.',
    addressLocality: 'Enter the town or city.',
    postalCode: 'Enter the postcode.',
    addressCountry: 'Enter the two-letter country code, e.g. “GB”.',
    countryName: 'Enter the country name shown on the site.',
  },
  siteSeo: {},
  footerColumn: {
    heading: 'Write a heading for the column.',
    links: 'Add at least one link to the column.',
  },
  link: { label: 'Write the words people click on.' },
  callToAction: { heading: 'Write a heading for the banner.' },
  home: { hero: 'Fill in the opening section.' },
  hero: { heading: 'Write a heading of up to 120 characters.' },
  article: {
    title: 'Write a title of up to 140 characters.',
    slug: 'Sanity’s slug check',
    category: 'Choose the category this article belongs to.',
    excerpt: 'Write a summary of 70 to 240 characters: it is also the search-engine description.',
    body: 'Write the text of the article.',
  },
  category: { title: 'Write a name of up to 60 characters.', slug: 'Sanity’s slug check' },
  sector: {
    title: 'Write a name of up to 80 characters.',
    slug: 'Sanity’s slug check',
    summary: 'Write a summary of up to 220 characters.',
  },
  venture: {
    name: 'Write a name of up to 80 characters.',
    slug: 'Sanity’s slug check',
    summary: 'Write a summary of up to 220 characters.',
    status: 'Choose the venture’s status from the list.',
  },
  legalDocument: {
    title: 'Write the document’s title.',
    slug: 'Sanity’s slug check',
    body: 'Write the text of the document.',
    effectiveDate: 'Choose the date this version takes effect.',
  },
  page: { title: 'Write a title of up to 80 characters.', slug: 'Sanity’s slug check' },
  textSection: { body: 'Write the text of this section.' },
  cardGrid: { cards: 'Add at least one card.' },
  card: { title: 'Write a title for the card.' },
  peopleSection: {
    heading: 'Write a heading, e.g. “Our Team”.',
    people: 'Choose at least one person to show.',
  },
  contactDetails: { heading: 'Write a heading, e.g. “Get in touch”.' },
  imageSection: { image: 'Choose an image for this section.' },
  quoteSection: { quote: 'Write the words being quoted.' },
  faqSection: { items: 'Add at least one question and its answer.' },
  faqItem: {
    question: 'Write the question.',
    answer: 'Write the answer to the question.',
  },
  person: {
    name: 'Enter the person’s full name.',
    slug: 'Sanity’s slug check',
    role: 'Enter the person’s role, e.g. “Director, Aviation”.',
  },
  listingPage: {},
  redirect: {
    source: 'Enter the old address on this site, starting with /, e.g. “/insights/old-title”.',
    destination:
      'Enter where visitors should go: an address on this site starting with /, or a full https:// link.',
  },
} as const satisfies Record<string, Record<string, string>>

/** A document or object type the contract describes. */
export type ContractType = keyof typeof REQUIRED

/** The fields of `T` the site cannot render without. */
export type RequiredField<T extends ContractType> = Extract<keyof (typeof REQUIRED)[T], string>

export function isRequired(type: ContractType, field: string): boolean {
  return Object.hasOwn(REQUIRED[type], field)
}

/** A person's LinkedIn profile: only LinkedIn's own https address, so no other link hides there. */
export const LINKEDIN_URL_PATTERN = /^https:\/\/www\.linkedin\.com\/[^\s?#]+$/
