import { TYPE } from '@chaffcent/content/content-types'
import type { DatasetDocument } from './datasetClient'

/**
 * A small dataset that passes every rule, for the rule tests to break one thing at a
 * time. It stands apart from the seed so that those tests do not depend on its content.
 */
export const category: DatasetDocument = {
  _id: 'category-technology',
  _type: TYPE.category,
  title: 'Technology',
  slug: { _type: 'slug', current: 'technology' },
}

export const IMAGE_ASSET_ID = 'image-0123456789abcdef0123456789abcdef01234567-1200x630-png'

const imageAsset: DatasetDocument = { _id: IMAGE_ASSET_ID, _type: 'sanity.imageAsset' }

const paragraph = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}-span`, text, marks: [] }],
})

export function article(slug: string, overrides: Partial<DatasetDocument> = {}): DatasetDocument {
  return {
    _id: `article-${slug}`,
    _type: TYPE.article,
    title: `An article called ${slug}`,
    slug: { _type: 'slug', current: slug },
    category: { _type: 'reference', _ref: category._id },
    excerpt:
      'Why coordination between security teams matters when operational technology meets IT networks.',
    body: [paragraph('intro', 'Operational technology now shares networks with office systems.')],
    publishedAt: '2025-04-08',
    ...overrides,
  }
}

export function legalDocument(
  slug: string,
  overrides: Partial<DatasetDocument> = {},
): DatasetDocument {
  return {
    _id: `legal-${slug}`,
    _type: TYPE.legalDocument,
    title: `Legal document ${slug}`,
    slug: { _type: 'slug', current: slug },
    body: [paragraph('intro', 'This notice explains how we handle personal data.')],
    effectiveDate: '2025-01-01',
    ...overrides,
  }
}

/** A page whose only section is a banner with one button, `link`. */
export function pageWithButton(link: Record<string, unknown>): DatasetDocument {
  return {
    _id: 'page-contact',
    _type: TYPE.page,
    title: 'Contact',
    slug: { _type: 'slug', current: 'contact' },
    sections: [
      {
        _type: 'callToAction',
        _key: 'banner',
        heading: 'Discuss a Requirement or Opportunity',
        primaryAction: { _type: 'link', label: 'Contact ChaffCent', ...link },
      },
    ],
  }
}

/** A paragraph whose one word links to `href`, as the Portable Text editor stores it. */
export function paragraphLinkingTo(href: string) {
  return {
    _type: 'block',
    _key: 'linked',
    style: 'normal',
    markDefs: [{ _type: 'externalLink', _key: 'link', href }],
    children: [{ _type: 'span', _key: 'linked-span', text: 'Read more', marks: ['link'] }],
  }
}

/** An image placed within text, pointing at the fixture asset. */
export function imageInText(fields: Record<string, unknown>) {
  return {
    _type: 'accessibleImage',
    _key: 'figure',
    asset: { _type: 'reference', _ref: IMAGE_ASSET_ID },
    ...fields,
  }
}

export const baseDataset: DatasetDocument[] = [
  category,
  imageAsset,
  article('first'),
  article('second'),
  legalDocument('privacy'),
  pageWithButton({ route: '/contact' }),
]
