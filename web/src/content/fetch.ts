import { cacheLife, cacheTag } from 'next/cache'
import { draftMode } from 'next/headers'
import type { QueryParams } from 'next-sanity'
import { typeTag } from '@chaffcent/content/tags'
import { lastGoodStore } from './last-good'
import { ARTICLE } from './schemas'
import { nextScheduledArticle, untilNextScheduled } from './schedule'
import { shownDocumentTags } from './shown-documents'
import { contentSource } from './source'

const MAX_SHOWN_TAGS = 100

/**
 * How long a read answered from the last-good store is kept: upstream is asked again after
 * 30 s (the stale copy is served meanwhile), instead of for the read's whole life. The expiry
 * stays above 5 minutes so the page around it is still cached, not rendered per request.
 */
export const RETRY_UPSTREAM_SOON = { stale: 30, revalidate: 30, expire: 300 }

interface Read {
  result: unknown
  /** True when upstream failed and the last good result stands in. */
  fallback: boolean
  /** When the next scheduled article appears, if the read shows articles and one is scheduled. */
  nextScheduled: string | null
}

async function readFresh(
  query: string,
  params: QueryParams,
  showsArticles: boolean,
): Promise<Read> {
  const { isEnabled: preview } = await draftMode()
  const perspective = preview ? 'drafts' : 'published'
  const key = JSON.stringify([perspective, query, params])
  const store = lastGoodStore()
  try {
    const source = contentSource()
    const [result, nextScheduled] = await Promise.all([
      source.query(query, params, perspective),
      showsArticles ? nextScheduledArticle(source, perspective) : null,
    ])
    store.remember(key, result)
    return { result, fallback: false, nextScheduled }
  } catch (error) {
    const last = store.recall(key)
    if (last === undefined) throw error
    console.error('[content] read failed; serving the last good result', error)
    return { result: last, fallback: true, nextScheduled: null }
  }
}

/**
 * Runs a GROQ query through the configured source, cached until one of its tags is
 * revalidated: the tags the caller names (the types it lists, the slug it asked for)
 * and the tag of every document the result shows. A read tagged with the article type
 * also expires when the next scheduled article's time comes, so it appears with nobody
 * publishing again. In draft mode Next.js bypasses the cache, so editors see drafts and
 * visitors never do.
 */
export async function readContent(
  query: string,
  params: QueryParams,
  tags: string[],
): Promise<unknown> {
  'use cache'
  const showsArticles = tags.includes(typeTag(ARTICLE))
  const { result, fallback, nextScheduled } = await readFresh(query, params, showsArticles)
  if (fallback) cacheLife(RETRY_UPSTREAM_SOON)
  else {
    const life = untilNextScheduled(nextScheduled, Date.now())
    if (life === 'max') cacheLife('max')
    else cacheLife(life)
  }
  // Next.js keeps at most 128 tags an entry; a result showing more documents than that is a
  // list, and lists already carry their type tags.
  const shown = [...shownDocumentTags(result)]
  cacheTag(...tags, ...(shown.length <= MAX_SHOWN_TAGS ? shown : []))
  return result
}
