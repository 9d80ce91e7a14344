import type { APIRequestContext, APIResponse } from '@playwright/test'
import { postWebhook, publishedBody } from '../../support/publishing-helpers'
import { expect, test } from './fixtures'
import { ARTICLE_IDS, article, open } from './site-pages'

interface Refusal {
  name: string
  status: number
  /** Sends the refused request; `body` is the payload a publish of the edit would carry. */
  send: (request: APIRequestContext, body: string) => Promise<APIResponse>
}

const SIX_MINUTES = 6 * 60 * 1000
const OVER_64_KB = 'x'.repeat(65 * 1024)

const refusals: Refusal[] = [
  {
    name: 'a signature made with the wrong secret',
    status: 401,
    send: (request, body) => postWebhook(request, body, { secret: 'not-the-secret' }),
  },
  {
    name: 'a signature made six minutes ago',
    status: 401,
    send: (request, body) => postWebhook(request, body, { signedAt: Date.now() - SIX_MINUTES }),
  },
  {
    name: 'a signed body that is not JSON',
    status: 400,
    send: (request, body) => postWebhook(request, body.slice(0, -1)),
  },
  {
    name: 'a signed payload without _type',
    status: 400,
    send: (request, body) => {
      const { _type: _omitted, ...rest } = JSON.parse(body) as Record<string, unknown>
      return postWebhook(request, JSON.stringify(rest))
    },
  },
  {
    name: 'a GET',
    status: 405,
    send: (request) => request.get('/api/revalidate'),
  },
  {
    name: 'a signed body over 64 KB',
    status: 413,
    send: (request, body) =>
      postWebhook(request, JSON.stringify({ ...JSON.parse(body), padding: OVER_64_KB })),
  },
]

for (const refusal of refusals) {
  test(`${refusal.name} is answered ${refusal.status} and publishes nothing`, async ({
    page,
    request,
    dataset,
  }) => {
    const target = article(ARTICLE_IDS.untouched)
    const heading = page.getByRole('heading', { level: 1 })
    await open(page, target.path)
    await expect(heading).toHaveText(target.title)

    // Had the server accepted the request, this edit would be on the page next time.
    const edited = dataset.change(target.doc._id, (doc) => ({
      ...doc,
      title: `${target.title} (unpublished edit)`,
    }))
    const response = await refusal.send(
      request,
      JSON.stringify(await publishedBody(target.doc, edited)),
    )

    expect(response.status()).toBe(refusal.status)
    expect(await response.json()).toEqual({ error: expect.any(String) })
    if (refusal.status === 405) expect(response.headers()['allow']).toBe('POST')
    await open(page, target.path)
    await expect(heading).toHaveText(target.title)
  })
}
