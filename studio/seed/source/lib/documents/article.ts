import { TYPE } from '@chaffcent/content/content-types'
import { id } from '../ids'
import { COMPANY_BYLINE } from '../../people'
import { plainText, toPortableText } from '../portable-text'
import type { RichTextSource } from '../rich-text'
import { reference, slug, type Seo } from '../shapes'
import type { SeedDocument } from './types'

/** An article as its author thinks of it: category, sectors and related articles by slug. */
const WORDS_PER_MINUTE = 200

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

export interface ArticleSource {
  slug: string
  title: string
  category: string
  /** The sectors it plainly concerns, by slug: their pages list it among their newest. */
  sectors?: string[]
  excerpt: string
  publishedAt: string
  /** Its authors' slugs, in byline order; the company's own byline unless given. */
  authors?: string[]
  /** The read time the article is shown with, where the client stated one. */
  statedReadMinutes?: number
  related?: string[]
  body: RichTextSource
  seo?: Seo
}

export function article(source: ArticleSource): SeedDocument {
  const body = toPortableText(source.body)
  const computed = Math.ceil(wordCount(plainText(body)) / WORDS_PER_MINUTE)
  // The site computes the read time from the body; store an override only where the client's
  // stated figure differs from that, so the page shows what it showed before.
  const override =
    source.statedReadMinutes !== undefined && source.statedReadMinutes !== computed
      ? { readTimeMinutes: source.statedReadMinutes }
      : {}
  return {
    _id: id.article(source.slug),
    _type: TYPE.article,
    title: source.title,
    slug: slug(source.slug),
    category: reference(id.category(source.category)),
    ...(source.sectors ? { sectors: source.sectors.map((s) => reference(id.sector(s))) } : {}),
    excerpt: source.excerpt,
    body,
    authors: (source.authors ?? [COMPANY_BYLINE]).map((s) => reference(id.person(s))),
    publishedAt: source.publishedAt,
    ...override,
    ...(source.related ? { related: source.related.map((s) => reference(id.article(s))) } : {}),
    ...(source.seo ? { seo: source.seo } : {}),
  }
}
