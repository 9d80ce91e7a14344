import { documentTypes } from '../schemaTypes'
import type { DatasetDocument } from '../validation/datasetClient'

/** The one image every filled-in image field points at; its asset document travels with it. */
const IMAGE_ASSET_ID = 'image-0123456789abcdef0123456789abcdef01234567-1200x630-png'
const imageAsset: DatasetDocument = { _id: IMAGE_ASSET_ID, _type: 'sanity.imageAsset' }

const image = (alt: string) => ({
  _type: 'accessibleImage',
  asset: { _type: 'reference', _ref: IMAGE_ASSET_ID },
  alt,
})

const nameOf = (doc: DatasetDocument) => String(doc.title ?? doc.name ?? doc._id)

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
  const filled = seed.map((doc) => ({
    ...(FILL[doc._type]?.(doc, seed) ?? {}),
    ...doc,
    ...(SEO_TYPES.has(doc._type) && { seo: seoOf(doc, doc.seo as Record<string, unknown>) }),
  }))
  return [...filled.map(withEnquiryForm), imageAsset, enquiry]
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
  _type: 'enquiry',
  handled: true,
  receivedAt: '2026-01-05T09:30:00.000Z',
  enquiryType: 'Advisory engagement',
  name: 'A. Sample',
  email: 'sample@example.com',
  organisation: 'Example Holdings Ltd',
  message: 'We are considering a market entry and would value a conversation.',
}
