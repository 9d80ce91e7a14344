import { randomUUID } from 'node:crypto'
import { cacheLife, cacheTag } from 'next/cache'
import { readContent } from '../content/fetch'
import { LISTED_ARTICLE } from '../content/fragments'
import { CORPUS_TAGS } from './query'

/**
 * A name for the search corpus as visitors see it, new each time the corpus's cached read
 * would be: it carries the same tags, and its read of the articles expires it when a
 * scheduled one comes out. Requests read only this small entry; the corpus itself is read
 * (from the cache) and indexed once per name.
 */
export async function corpusVersion(): Promise<string> {
  'use cache'
  cacheLife('max')
  cacheTag(...CORPUS_TAGS)
  await readContent(`count(*[${LISTED_ARTICLE}])`, {}, CORPUS_TAGS)
  return randomUUID()
}
