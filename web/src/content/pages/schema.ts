import type { DocumentType } from '@chaffcent/content/content-types'
import { PAGE_SLUGS } from '@chaffcent/content/routes'
import { z } from 'zod'
import { contractFields } from '../contract'
import { person } from '../people/schema'
import { callToAction, link, listOf, option, richText, seo, text } from '../schemas'

const card = z.object(contractFields('card', { _key: z.string(), title: text, text, link }))

const section = z.discriminatedUnion('_type', [
  z.object(
    contractFields('textSection', {
      _key: z.string(),
      _type: z.literal('textSection'),
      heading: text,
      body: richText,
    }),
  ),
  z.object(
    contractFields('cardGrid', {
      _key: z.string(),
      _type: z.literal('cardGrid'),
      heading: text,
      intro: text,
      cards: listOf(card, 'page.cardGrid.cards'),
    }),
  ),
  callToAction.extend({ _key: z.string(), _type: z.literal('callToAction') }),
  z.object(
    contractFields('contactDetails', {
      _key: z.string(),
      _type: z.literal('contactDetails'),
      heading: text,
      text,
    }),
  ),
  z.object({ _key: z.string(), _type: z.literal('enquiryForm'), heading: text, intro: text }),
  z.object(
    contractFields('peopleSection', {
      _key: z.string(),
      _type: z.literal('peopleSection'),
      heading: text,
      intro: text,
      people: listOf(person, 'page.peopleSection.people'),
    }),
  ),
])

export type PageSection = z.output<typeof section>

/** The document type this folder reads, named once for its schema, tags and log lines. */
export const PAGE = 'page' satisfies DocumentType

export const pageSchema = z.object(
  contractFields(PAGE, {
    _id: z.string(),
    _type: z.literal(PAGE),
    _updatedAt: z.string().nullish(),
    title: text,
    slug: option(PAGE_SLUGS),
    intro: text,
    sections: listOf(section, 'page.sections'),
    seo,
  }),
)

export type Page = z.output<typeof pageSchema>
