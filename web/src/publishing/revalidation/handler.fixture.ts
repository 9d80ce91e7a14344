import { encodeSignatureHeader } from '@sanity/webhook'
import { NextRequest } from 'next/server'
import type { ReadRevision } from './consistency'
import type { Expiry } from './expiry'
import { createRevalidationHandler } from './handler'

export const SECRET = 'a-test-webhook-secret'
export const URL = 'https://chaffcent.example/api/revalidate'

export interface Harness {
  handle: (request: Request) => Promise<Response>
  revalidated: Array<{ tag: string; profile: Expiry }>
  logged: string[]
}

/**
 * A handler configured with `secret`; pass `{ secret: undefined }` for an unconfigured server,
 * and `readRevision` for one on the hosted Content Lake (its waits then pass at once).
 */
export function harness(
  options: { secret?: string | undefined; readRevision?: ReadRevision } = {},
): Harness {
  const secret = 'secret' in options ? options.secret : SECRET
  const revalidated: Harness['revalidated'] = []
  const logged: string[] = []
  let clock = Date.now()
  const handle = createRevalidationHandler({
    revalidate: (tag, profile) => revalidated.push({ tag, profile }),
    secret: () => secret,
    readRevision: () => options.readRevision ?? null,
    // A clock that sleeping moves on at once, so the Lake's waits take no real time.
    now: () => clock,
    sleep: async (ms) => {
      clock += ms
    },
    log: (message) => logged.push(message),
  })
  return { handle, revalidated, logged }
}

export async function signedRequest(
  body: string,
  { timestamp = Date.now(), secret = SECRET, headers = {} as Record<string, string> } = {},
): Promise<NextRequest> {
  const signature = await encodeSignatureHeader(body, timestamp, secret)
  return new NextRequest(URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': signature,
      ...headers,
    },
    body,
  })
}

export async function answer(response: Response) {
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}
