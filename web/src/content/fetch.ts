import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'
import type { QueryParams } from 'next-sanity'
import { shownDocumentTags } from './shown-documents'
import { contentSource } from './source'

const MAX_SHOWN_TAGS = 100

/**
 * Last good answer per read, so an upstream failure while revalidating serves what worked
 * before. Only documents that exist are remembered (a missing or deleted one has nothing to
 * fall back to), and only so many, so addresses typed at random cannot grow it without end.
 */
const lastGood = new Map<string, unknown>()
const MAX_REMEMBERED = 500

function remember(key: string, result: unknown): void {
  lastGood.delete(key)
  if (result === null || result === undefined) return
  lastGood.set(key, result)
  if (lastGood.size > MAX_REMEMBERED) lastGood.delete(lastGood.keys().next().value!)
}

async function readFresh(query: string, params: QueryParams): Promise<unknown> {
  const { isEnabled: preview } = await draftMode()
  const perspective = preview ? 'drafts' : 'published'
  const key = JSON.stringify([perspective, query, params])
  try {
    const result = await contentSource().query(query, params, perspective)
    remember(key, result)
    return result
  } catch (error) {
    if (!lastGood.has(key)) throw error
    console.error('[content] read failed; serving the last good result', error)
    return lastGood.get(key)
  }
}

/**
 * Runs a GROQ query through the configured source, cached until one of its tags is
 * revalidated: the tags the caller names (the types it lists, the slug it asked for)
 * and the tag of every document the result shows. In draft mode Next.js bypasses the cache, so editors see drafts and
 * visitors never do.
 */
export async function readContent(
  query: string,
  params: QueryParams,
  tags: string[],
): Promise<unknown> {
  'use cache'
  cacheLife('max')
  const result = await readFresh(query, params)
  // Next.js keeps at most 128 tags an entry; a result showing more documents than that is a
  // list, and lists already carry their type tags.
  const shown = [...shownDocumentTags(result)]
  cacheTag(...tags, ...(shown.length <= MAX_SHOWN_TAGS ? shown : []))
  return result
}
