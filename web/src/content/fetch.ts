import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'
import type { QueryParams } from 'next-sanity'
import { contentSource } from './source'

/** Last good answer per read, so an upstream failure while revalidating serves what worked before. */
const lastGood = new Map<string, unknown>()

async function readFresh(query: string, params: QueryParams): Promise<unknown> {
  const { isEnabled: preview } = await draftMode()
  const perspective = preview ? 'drafts' : 'published'
  const key = JSON.stringify([perspective, query, params])
  try {
    const result = await contentSource().query(query, params, perspective)
    lastGood.set(key, result)
    return result
  } catch (error) {
    if (!lastGood.has(key)) throw error
    console.error('[content] read failed; serving the last good result', error)
    return lastGood.get(key)
  }
}

/**
 * Runs a GROQ query through the configured source, cached until one of its tags is
 * revalidated. In draft mode Next.js bypasses the cache, so editors see drafts and
 * visitors never do.
 */
export async function readContent(
  query: string,
  params: QueryParams,
  tags: string[],
): Promise<unknown> {
  'use cache'
  cacheTag(...tags)
  cacheLife('max')
  return readFresh(query, params)
}
