import { TYPE } from '@chaffcent/content/content-types'
import { id } from '../ids'
import { toPortableText } from '../portable-text'
import type { RichTextSource } from '../rich-text'
import { reference, slug, type CallToAction, type Link, type Seo } from '../shapes'
import type { SeedDocument } from './types'

/** Legal documents and the four editable pages: documents read top to bottom. */

export interface LegalSource {
  slug: 'privacy' | 'terms' | 'modern-slavery'
  title: string
  summary: string
  body: RichTextSource
  effectiveDate: string
  lastReviewedDate: string
  seo?: Seo
}

export const legalDocument = (source: LegalSource): SeedDocument => ({
  _id: id.legal(source.slug),
  _type: TYPE.legalDocument,
  title: source.title,
  slug: slug(source.slug),
  summary: source.summary,
  body: toPortableText(source.body),
  effectiveDate: source.effectiveDate,
  lastReviewedDate: source.lastReviewedDate,
  ...(source.seo ? { seo: source.seo } : {}),
})

export interface Card {
  title: string
  text: string
  link?: Link
}

export interface QuestionAndAnswer {
  question: string
  answer: string
}

export type SectionSource =
  | { _type: 'textSection'; heading: string; body: RichTextSource }
  | { _type: 'cardGrid'; heading: string; intro?: string; cards: Card[] }
  | { _type: 'faqSection'; heading: string; items: QuestionAndAnswer[] }
  | CallToAction
  | { _type: 'contactDetails'; heading: string; text: string }
  /** People by slug, in the order shown. */
  | { _type: 'peopleSection'; heading: string; intro?: string; people: string[] }

export interface PageSource {
  slug: 'who-we-are' | 'what-we-do' | 'partnerships' | 'contact'
  title: string
  intro: string
  sections: SectionSource[]
  seo?: Seo
}

function section(source: SectionSource) {
  if (source._type === 'textSection') return { ...source, body: toPortableText(source.body) }
  if (source._type === 'peopleSection')
    return { ...source, people: source.people.map((s) => reference(id.person(s))) }
  if (source._type === 'cardGrid')
    return { ...source, cards: source.cards.map((card) => ({ _type: 'card', ...card })) }
  if (source._type === 'faqSection')
    return { ...source, items: source.items.map((item) => ({ _type: 'faqItem', ...item })) }
  return source
}

export const page = (source: PageSource): SeedDocument => ({
  _id: id.page(source.slug),
  _type: TYPE.page,
  title: source.title,
  slug: slug(source.slug),
  intro: source.intro,
  sections: source.sections.map(section),
  ...(source.seo ? { seo: source.seo } : {}),
})
