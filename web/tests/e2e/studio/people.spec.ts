import {
  expect,
  lakeQuery,
  openDocument,
  SEED_ARTICLE as ARTICLE,
  SITE,
  test,
  textField,
} from './studio'

const PERSON = { name: 'Morgan Hale', slug: 'morgan-hale', role: 'Director, Aviation' }

test('an editor adds a person, names them as an article’s author, publishes, and the byline shows them', async ({
  studio,
  browser,
}) => {
  await studio.goto('/structure')
  await studio.getByRole('button', { name: 'Create new document' }).click()
  await studio.locator('a[href^="/intent/create/"]', { hasText: 'Person' }).click()
  await textField(studio, 'name').fill(PERSON.name)
  await studio.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click()
  await expect(textField(studio, 'slug')).toHaveValue(PERSON.slug)
  await textField(studio, 'role').fill(PERSON.role)
  const draft = `*[_id in path("drafts.**") && slug.current == "${PERSON.slug}"][0]{ name, role }`
  await expect.poll(() => lakeQuery(draft)).toEqual({ name: PERSON.name, role: PERSON.role })
  await studio.getByTestId('action-publish').click()
  await expect(studio.getByTestId('action-publish')).toBeDisabled({ timeout: 15_000 })

  // The article's authors sit on its Details tab.
  await openDocument(studio, ARTICLE.id, 'article')
  await studio.getByRole('tab', { name: 'Details' }).click()
  const authors = studio.getByTestId('field-authors')
  await authors.getByRole('button', { name: 'Add item' }).click()
  await authors.locator('input').last().fill(PERSON.name)
  await studio.getByRole('option').filter({ hasText: PERSON.name }).click()
  const authorNames = `*[_id == "drafts.${ARTICLE.id}"][0].authors[]->name`
  await expect.poll(() => lakeQuery(authorNames)).toContain(PERSON.name)
  await expect(studio.getByTestId('action-publish')).toBeEnabled({ timeout: 15_000 })
  await studio.getByTestId('action-publish').click()
  await expect(studio.getByTestId('action-publish')).toBeDisabled({ timeout: 15_000 })

  // A visitor sees them in the byline once the webhook has expired the page.
  const visitor = await browser.newPage()
  await expect(async () => {
    await visitor.goto(`${SITE}${ARTICLE.path}`)
    const header = visitor.locator('header[aria-label="Article header"]')
    await expect(header.getByText(PERSON.name)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await visitor.close()
})
