import type { APIRequestContext } from '@playwright/test'
import { mutationsFor } from '../../../../studio/actions/publishWithRedirect'
import { planSlugRedirect } from '../../../../studio/actions/slugRedirect'
import type { StoredDocument } from '../../support/publishing-helpers'
import { expect, publish, test } from './fixtures'
import { ARTICLE_IDS, article, articlePath, open, statusOf } from './site-pages'

/** The status and Location of an address, without following it. */
async function redirectOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), location: response.headers()['location'] ?? null }
}

const redirectDocument = (id: string, fields: Record<string, unknown>): StoredDocument => ({
  _id: id,
  _type: 'redirect',
  ...fields,
})

test('a published redirect answers 308 with its Location, keeping the query string', async ({
  request,
}) => {
  // The seed's one redirect.
  expect(await redirectOf(request, '/about')).toEqual({ status: 308, location: '/who-we-are' })
  expect(await redirectOf(request, '/about?utm_source=newsletter')).toEqual({
    status: 308,
    location: '/who-we-are?utm_source=newsletter',
  })
})

test('a redirect published through the webhook applies at once, with no restart', async ({
  request,
  dataset,
}) => {
  const live = article(ARTICLE_IDS.untouched).path
  expect(await statusOf(request, '/old-report')).toBe(404)
  expect(await statusOf(request, live)).toBe(200)

  const external = dataset.add(
    redirectDocument('redirect-old-report', {
      source: '/old-report',
      destination: 'https://example.com/annual-report?year=2025',
      permanent: false,
    }),
  )
  await publish(request, null, external)
  // Temporary: 307, and another site's address exactly as the editor set it.
  expect(await redirectOf(request, '/old-report?ref=x')).toEqual({
    status: 307,
    location: 'https://example.com/annual-report?year=2025',
  })

  // A redirect wins over a live page: editors add one to move visitors on.
  const fromLivePage = dataset.add(
    redirectDocument('redirect-live-page', { source: live, destination: '/insights' }),
  )
  await publish(request, null, fromLivePage)
  expect(await redirectOf(request, live)).toEqual({ status: 308, location: '/insights' })

  // Unpublished again: the page is back.
  dataset.remove(fromLivePage._id)
  await publish(request, fromLivePage, null)
  expect(await statusOf(request, live)).toBe(200)
})

test('renaming an article, with the redirect the studio makes, sends the old address to the new', async ({
  page,
  request,
  dataset,
}) => {
  const renamed = article(ARTICLE_IDS.renamed)
  const newSlug = `${renamed.slug}-moved`
  const changed = { ...renamed.doc, slug: { ...renamed.doc.slug, current: newSlug } }

  // What the studio's Publish does first: the redirect its action plans, created as it creates it.
  const plan = planSlugRedirect('article', renamed.doc, changed, [])
  const created = mutationsFor(plan!).flatMap((change) =>
    'create' in change ? [change.create] : [],
  )
  expect(created).toHaveLength(1)
  await publish(request, null, dataset.add(created[0]!))
  await publish(
    request,
    renamed.doc,
    dataset.change(renamed.doc._id, () => changed),
  )

  expect(await redirectOf(request, renamed.path)).toEqual({
    status: 308,
    location: articlePath(newSlug),
  })
  const response = await page.goto(renamed.path)
  expect(response?.status()).toBe(200)
  expect(new URL(page.url()).pathname).toBe(articlePath(newSlug))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed.title)
  await open(page, articlePath(newSlug))
})
