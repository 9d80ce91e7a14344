import { expect, type Page, test as base } from '@playwright/test'
import { origin } from '../../../scripts/processes/loopback.ts'
import { STUDIO_LAKE_PORT, STUDIO_SITE_PORT } from '../../support/servers'

export { expect }

/** The site build that reads through the lake (with the webhook wired to it). */
export const SITE = origin(STUDIO_SITE_PORT)

/**
 * Noise that is no fault of ours. Offline: the studio asks Sanity's CDN for a newer version,
 * a font and bridge.js, and those hosts do not resolve here. Presence: after the studio has
 * itself closed its presence socket, it may still send on it (`call` in @sanity/bifur-client
 * 1.0.0 does not check the socket's state, unlike its unsubscribe), and the browser logs it.
 */
const STUDIO_NOISE = [
  /ERR_NAME_NOT_RESOLVED/,
  /Failed to fetch version for package/,
  /^WebSocket is already in CLOSING or CLOSED state\.$/,
]

/**
 * A page that records every console error and every refusal by the local lake (a 4xx or 5xx
 * from it shows a gap in the lake or a broken request), and fails the test on either.
 */
export const test = base.extend<{ studio: Page }>({
  // Named `provide`, not Playwright's usual `use`, which React's lint rules take for the hook.
  studio: async ({ page }, provide) => {
    const problems: string[] = []
    page.on('console', (message) => {
      const text = message.text()
      if (message.type() === 'error' && !STUDIO_NOISE.some((noise) => noise.test(text))) {
        problems.push(`console: ${text.slice(0, 300)}`)
      }
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('response', (response) => {
      if (response.url().includes('.localhost:') && response.status() >= 400) {
        problems.push(`lake ${response.status()}: ${response.url().slice(0, 200)}`)
      }
    })
    await provide(page)
    expect(problems).toEqual([])
  },
})

/** Opens a document by Sanity's intent link, as the site's edit overlays do. */
export async function openDocument(page: Page, id: string, type: string) {
  await page.goto(`/intent/edit/id=${id};type=${type}/`)
  await expect(page.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 })
}

/** Starts a new document from the studio's "Create new document" menu, by the type's title. */
export async function createFromMenu(page: Page, typeTitle: string) {
  await page.goto('/structure')
  await page.getByRole('button', { name: 'Create new document' }).click()
  await page.locator('a[href^="/intent/create/"]', { hasText: typeTitle }).click()
}

/** Types a new document's name into `field` and has the studio make its slug from it. */
export async function nameWithSlug(page: Page, field: string, name: string, slug: string) {
  await textField(page, field).fill(name)
  await page.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click()
  await expect(textField(page, 'slug')).toHaveValue(slug)
}

/** A field's text input, by its name in the schema. */
export const textField = (page: Page, name: string) =>
  page.getByTestId(`field-${name}`).locator('input').first()

/** The seed article the journeys edit. */
export const SEED_ARTICLE = {
  id: 'article-aviation-training-capability-not-compliance',
  path: '/insights/aviation-training-capability-not-compliance',
}

/** GROQ straight to the lake (plain HTTP): what it holds, whatever the studio shows. */
export async function lakeQuery<T>(query: string, perspective = 'raw'): Promise<T> {
  const search = new URLSearchParams({ query, perspective })
  const api = `${origin(STUDIO_LAKE_PORT)}/v2025-02-19/data/query/production`
  const response = await fetch(`${api}?${search}`)
  return ((await response.json()) as { result: T }).result
}

/** Writes straight to the lake, as a script with a token would (Node names no origin). */
export async function lakeMutate(mutations: object[]): Promise<void> {
  const api = `${origin(STUDIO_LAKE_PORT)}/v2025-02-19/data/mutate/production`
  const response = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })
  if (!response.ok) throw new Error(`lake mutate ${response.status}: ${await response.text()}`)
}

/**
 * Presses Publish and waits until the lake holds the document `published` (GROQ, raw) finds.
 * A greyed-out button proves nothing: it is grey too while the studio waits to publish.
 */
export async function publishAndWait(page: Page, published: string) {
  await expect(page.getByTestId('action-publish')).toBeEnabled({ timeout: 15_000 })
  await page.getByTestId('action-publish').click()
  await expect
    .poll(() => lakeQuery(published), { timeout: 15_000, message: `published: ${published}` })
    .toBeTruthy()
}
