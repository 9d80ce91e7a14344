/**
 * Where the shared cache (loaded by Next from next.config, outside the app's bundle) leaves
 * its expiry for the webhook route to find; absent when REDIS_URL is unset.
 */
export const EXPIRE_TAGS = Symbol.for('chaffcent.shared-cache.expire-tags')

type ExpireTags = (tags: string[], durations?: { expire?: number }) => Promise<void>
type Slot = { [EXPIRE_TAGS]?: ExpireTags }

export function offerExpireTags(expire: ExpireTags): void {
  ;(globalThis as Slot)[EXPIRE_TAGS] = expire
}

/**
 * Next runs a route's `revalidateTag` calls after its response is sent, so the webhook's 200
 * would come before other instances and the edge know. With the shared cache on, the tags it
 * revalidated are written to Redis and the edge emptied first; then Sanity gets its answer.
 */
export function answerAfterSharedExpiry(handler: (request: Request) => Promise<Response>) {
  return async function handle(request: Request): Promise<Response> {
    const response = await handler(request)
    const expire = (globalThis as Slot)[EXPIRE_TAGS]
    if (!expire || response.status !== 200) return response
    const { revalidated } = (await response.clone().json()) as { revalidated?: unknown }
    if (Array.isArray(revalidated) && revalidated.length > 0) {
      await expire(revalidated.map(String), { expire: 0 })
    }
    return response
  }
}
