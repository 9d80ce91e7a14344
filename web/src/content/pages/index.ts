import { documentTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { validDocument } from '../validate'
import { PAGE_QUERY } from './query'
import { PAGE, pageSchema, type Page, type PageSection } from './schema'

export type { Page, PageSection }

export async function getPage(slug: string): Promise<Page | null> {
  const raw = await readContent(PAGE_QUERY, { slug }, [documentTag(PAGE, slug)])
  return validDocument(pageSchema, raw, PAGE)
}
