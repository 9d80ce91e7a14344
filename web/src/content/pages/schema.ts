import { TYPE } from '@chaffcent/content/content-types'
import { z } from 'zod'
import { contractFields } from '../contract'
import { listOf, seo, slug, text } from '../schemas'
import { section, type PageSection } from './sections'

export type { PageSection }

/** The document type this folder reads, named once for its schema, tags and log lines. */
export const PAGE = TYPE.page

export const pageSchema = z.object(
  contractFields(PAGE, {
    _id: z.string(),
    _type: z.literal(PAGE),
    _updatedAt: z.string().nullish(),
    title: text,
    slug,
    intro: text,
    sections: listOf(section, 'page.sections'),
    seo,
  }),
)

export type Page = z.output<typeof pageSchema>
