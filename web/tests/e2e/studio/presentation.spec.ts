import { origin, STUDIO_LAKE_PORT } from '../../support/servers'
import { expect, openDocument, SITE, test, textField } from './studio'

const ARTICLE = {
  id: 'article-aviation-training-capability-not-compliance',
  path: '/insights/aviation-training-capability-not-compliance',
}

/** The title visitors see: the published document's, as the lake holds it now. */
async function publishedTitle(id: string) {
  const query = new URLSearchParams({ query: '*[_id == $id][0].title', $id: JSON.stringify(id) })
  const response = await fetch(
    `${origin(STUDIO_LAKE_PORT)}/v2025-02-19/data/query/production?${query}`,
  )
  return ((await response.json()) as { result: string }).result
}

test('Presentation previews an unpublished change in draft mode, and visitors still see the published page', async ({
  studio,
  browser,
}) => {
  const draftTitle = 'Aviation Training: A Draft Nobody Else Sees'
  await openDocument(studio, ARTICLE.id, 'article')
  await textField(studio, 'title').fill(draftTitle)
  await expect(studio.getByTestId('action-publish')).toBeEnabled()

  // The Presentation tool opens the site through its draft-mode route, with a fresh secret.
  await studio.goto(`/presentation?preview=${encodeURIComponent(ARTICLE.path)}`)
  const preview = studio.frameLocator('iframe').first()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draftTitle, {
    timeout: 30_000,
  })

  const published = await publishedTitle(ARTICLE.id)
  expect(published).not.toBe(draftTitle)
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await page.goto(`${SITE}${ARTICLE.path}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published)
  await visitor.close()
})
