import { PAGE_SLUGS } from '@chaffcent/content/routes'
import { z } from 'zod'
import { callToAction, link, listOf, optionalText, richText, seo, text } from '../schemas'

const section = z.discriminatedUnion('_type', [
  z.object({
    _key: z.string(),
    _type: z.literal('textSection'),
    heading: optionalText,
    body: richText,
  }),
  z.object({
    _key: z.string(),
    _type: z.literal('cardGrid'),
    heading: optionalText,
    intro: optionalText,
    cards: listOf(
      z.object({
        _key: z.string(),
        title: text,
        text,
        link: link.nullish().transform((value) => value ?? undefined),
      }),
      'page.cardGrid.cards',
    ),
  }),
  callToAction.extend({ _key: z.string(), _type: z.literal('callToAction') }),
  z.object({
    _key: z.string(),
    _type: z.literal('contactDetails'),
    heading: text,
    text: optionalText,
  }),
])

export type PageSection = z.output<typeof section>

export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal('page'),
  _updatedAt: z.string().nullish(),
  title: text,
  slug: z.enum(PAGE_SLUGS),
  intro: optionalText,
  sections: listOf(section, 'page.sections'),
  seo,
})

export type Page = z.output<typeof pageSchema>
