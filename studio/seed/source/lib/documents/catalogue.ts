import { TYPE } from '@chaffcent/content/content-types'
import { id } from '../ids'
import { toPortableText } from '../portable-text'
import type { RichTextSource } from '../rich-text'
import { reference, slug, type Seo } from '../shapes'
import type { SeedDocument } from './types'

/** Categories, sectors and ventures: what the firm covers and the platforms it runs. */

export interface CategorySource {
  slug: string
  title: string
  description: string
}

export const category = (source: CategorySource): SeedDocument => ({
  _id: id.category(source.slug),
  _type: TYPE.category,
  title: source.title,
  slug: slug(source.slug),
  description: source.description,
})

export interface SectorSource {
  slug: string
  title: string
  summary: string
  body: RichTextSource
  seo?: Seo
}

/** `orderRank` is given by the sector's place in the list, as the desk's drag-and-drop would. */
export const sector = (source: SectorSource, orderRank: string): SeedDocument => ({
  _id: id.sector(source.slug),
  _type: TYPE.sector,
  title: source.title,
  slug: slug(source.slug),
  summary: source.summary,
  body: toPortableText(source.body),
  orderRank,
  ...(source.seo ? { seo: source.seo } : {}),
})

export type VentureStatus = 'active' | 'in-development' | 'partnership' | 'concluded'

export interface VentureSource {
  slug: string
  name: string
  summary: string
  status: VentureStatus
  /** The sectors it works in, by slug: their pages list it (the relation is kept here only). */
  sectors: string[]
  body: RichTextSource
  seo?: Seo
}

export const venture = (source: VentureSource): SeedDocument => ({
  _id: id.venture(source.slug),
  _type: TYPE.venture,
  name: source.name,
  slug: slug(source.slug),
  summary: source.summary,
  status: source.status,
  sectors: source.sectors.map((s) => reference(id.sector(s))),
  body: toPortableText(source.body),
  ...(source.seo ? { seo: source.seo } : {}),
})
