import { documentTag, typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { slug } from '../schemas'
import { validDocument, validList } from '../validate'
import { PAGE_QUERY, PAGE_SLUGS_QUERY } from './query'
import { PAGE, pageSchema, type Page, type PageSection } from './schema'

export type { Page, PageSection }

export async function getPage(slug: string): Promise<Page | null> {
  const raw = await readContent(PAGE_QUERY, { slug }, [documentTag(PAGE, slug)])
  return validDocument(pageSchema, raw, PAGE)
}

const pageSlug = z.object({ slug })

/** The slug of every published page: the four fixed ones and those editors added. */
export async function getPageSlugs(): Promise<string[]> {
  const raw = await readContent(PAGE_SLUGS_QUERY, {}, [typeTag(PAGE)])
  return validList(pageSlug, raw, PAGE).map((page) => page.slug)
}
