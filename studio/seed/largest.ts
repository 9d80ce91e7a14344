import { TYPE } from '@chaffcent/content/content-types'
import { documentTypes } from '../schemaTypes'
import type { DatasetDocument } from '../validation/datasetClient'

/** The one image every filled-in image field points at; its asset document travels with it. */
const IMAGE_ASSET_ID = 'image-0123456789abcdef0123456789abcdef01234567-1200x630-png'
export const IMAGE_ASSET: DatasetDocument = { _id: IMAGE_ASSET_ID, _type: 'sanity.imageAsset' }

const image = (alt: string) => ({
  _type: 'accessibleImage',
  asset: { _type: 'reference', _ref: IMAGE_ASSET_ID },
  alt,
})

const nameOf = (doc: DatasetDocument) => String(doc.title ?? doc.name ?? doc._id)

type Section = Record<string, unknown> & { _type: string }

/** A page's cards each with an image, as an editor may give them. */
const withCardImages = (section: Section): Section =>
  section._type !== 'cardGrid'
    ? section
    : {
        ...section,
        cards: (section.cards as Record<string, unknown>[]).map((card) => ({
          ...card,
          image: image(`Picture for ${String(card.title)}`),
        })),
      }

/** A reference list naming each of these documents once. */
const referencesTo = (docs: readonly DatasetDocument[]) =>
  docs.map(({ _id }) => ({ _key: `largest-${_id}`, _type: 'reference', _ref: _id }))

type Fill = (doc: DatasetDocument, seed: readonly DatasetDocument[]) => Record<string, unknown>

/** What each type's fields the seed leaves empty hold in the largest dataset. */
const FILL: Record<string, Fill> = {
  // An article the seed files under no sector concerns them all, so every sector page lists it.
  article: (doc, seed) => ({
    coverImage: image(`Cover of ${nameOf(doc)}`),
    sectors: referencesTo(seed.filter(({ _type }) => _type === 'sector')),
  }),
  venture: (doc) => ({
    websiteUrl: `https://example.com/${(doc.slug as { current: string }).current}`,
    logo: image(`${nameOf(doc)} logo`),
  }),
  person: (doc) => ({
    photo: image(`Portrait of ${nameOf(doc)}`),
    linkedIn: `https://www.linkedin.com/in/${(doc.slug as { current: string }).current}`,
  }),
}

/** Fields the seed fills but not to the full: a page's cards get their optional images. */
const FILL_MORE: Record<string, (doc: DatasetDocument) => Record<string, unknown>> = {
  page: (doc) => ({ sections: ((doc.sections as Section[]) ?? []).map(withCardImages) }),
}

/** The types with search and sharing overrides, read from their studio schemas. */
const SEO_TYPES = new Set<string>(
  documentTypes.flatMap((type) =>
    type.fields.some((field) => field.type === 'seo') ? [type.name] : [],
  ),
)

function seoOf(doc: DatasetDocument, seo: Record<string, unknown> = {}) {
  const name = nameOf(doc)
  return {
    _type: 'seo',
    title: name.slice(0, 60),
    description: `About ${name}, for search engines.`.slice(0, 160),
    noIndex: false,
    shareImage: image(`Sharing image of ${name}`),
    ...seo,
  }
}

/**
 * The seed with every field filled that it leaves empty (search and sharing overrides,
 * images, a venture's website), so the site is tested with everything editors can set.
 */
export function largest(seed: readonly DatasetDocument[]): DatasetDocument[] {
  const filled = [...seed, EDITOR_PAGE].map((doc) => ({
    ...(FILL[doc._type]?.(doc, seed) ?? {}),
    ...doc,
    ...(FILL_MORE[doc._type]?.(doc) ?? {}),
    ...(SEO_TYPES.has(doc._type) && { seo: seoOf(doc, doc.seo as Record<string, unknown>) }),
  }))
  return [...filled.map(withEnquiryForm), IMAGE_ASSET, enquiry]
}

/**
 * A page an editor added (not one of the four fixed ones), with one section of each kind the
 * seed does not use. The smallest datasets cut it down too (build-smallest.ts), so each kind
 * of section is rendered at its fullest and at the least the studio lets editors publish.
 */
export const EDITOR_PAGE: DatasetDocument = {
  _id: 'page-largest-sample',
  _type: TYPE.page,
  title: 'A Page an Editor Added',
  slug: { _type: 'slug', current: 'a-page-an-editor-added' },
  intro: 'Every kind of section a page can hold, each with every field filled in.',
  sections: [
    {
      _key: 'largest-image',
      _type: 'imageSection',
      image: { ...image('A runway at dusk, its lights on'), caption: 'Approach lighting at dusk.' },
    },
    {
      _key: 'largest-quote',
      _type: 'quoteSection',
      quote: 'The requirement was written in operational terms, and it survived procurement.',
      attribution: 'A. Sample',
      role: 'Head of Capability, Example Holdings Ltd',
    },
    {
      _key: 'largest-faq',
      _type: 'faqSection',
      heading: 'Questions and answers',
      items: [
        { _key: 'q1', _type: 'faqItem', question: 'Is this a question?', answer: 'It is.' },
        { _key: 'q2', _type: 'faqItem', question: 'And this one?', answer: 'That too.' },
      ],
    },
  ],
}

/** The Partnerships page offers the enquiry form as a section, under its own words. */
function withEnquiryForm(doc: DatasetDocument): DatasetDocument {
  if (doc._id !== 'page-partnerships') return doc
  const section = {
    _key: 'largest-enquiry-form',
    _type: 'enquiryForm',
    heading: 'Propose a partnership',
    intro: 'Tell us about your venture and where you would like to take it.',
  }
  return { ...doc, sections: [...((doc.sections as unknown[]) ?? []), section] }
}

/** An enquiry as the site's server writes one (the seed has none: they are personal data). */
const enquiry: DatasetDocument = {
  _id: 'enquiry.00000000-0000-4000-8000-000000000001',
  _type: TYPE.enquiry,
  handled: true,
  receivedAt: '2026-01-05T09:30:00.000Z',
  enquiryType: 'Advisory engagement',
  name: 'A. Sample',
  email: 'sample@example.com',
  organisation: 'Example Holdings Ltd',
  message: 'We are considering a market entry and would value a conversation.',
}
