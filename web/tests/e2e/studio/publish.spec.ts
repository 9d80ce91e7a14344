import { expect, openDocument, SEED_ARTICLE as ARTICLE, SITE, test, textField } from './studio'

test('an editor changes the seed article’s title, publishes, and the site shows it', async ({
  studio,
  browser,
}) => {
  const title = 'Aviation Training for Capability, Not for Compliance'
  await openDocument(studio, ARTICLE.id, 'article')
  await textField(studio, 'title').fill(title)
  // The edit is saved as a draft first; publishing copies it over the published document.
  await expect(studio.getByTestId('action-publish')).toBeEnabled()
  await studio.getByTestId('action-publish').click()
  await expect(studio.getByTestId('action-publish')).toBeDisabled({ timeout: 15_000 })

  // A visitor, with no draft mode: the webhook has expired the cached page.
  const visitor = await browser.newPage()
  await expect(async () => {
    await visitor.goto(`${SITE}${ARTICLE.path}`)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await visitor.close()
})
