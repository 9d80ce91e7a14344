import {
  expect,
  lakeQuery,
  openDocument,
  SEED_ARTICLE as ARTICLE,
  SITE,
  test,
  textField,
} from './studio'

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

  const published = await lakeQuery<string>(`*[_id == "${ARTICLE.id}"][0].title`)
  expect(published).not.toBe(draftTitle)
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await page.goto(`${SITE}${ARTICLE.path}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published)
  await visitor.close()
})
