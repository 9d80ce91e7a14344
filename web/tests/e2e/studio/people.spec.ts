import {
  expect,
  lakeQuery,
  openDocument,
  SEED_ARTICLE as ARTICLE,
  publishAndWait,
  SITE,
  test,
  textField,
  createFromMenu,
  nameWithSlug,
} from './studio'

const PERSON = { name: 'Morgan Hale', slug: 'morgan-hale', role: 'Director, Aviation' }

// Tall enough that the reference picker's results open below the Authors field, in view.
test.use({ viewport: { width: 1280, height: 1600 } })

test('an editor adds a person, names them as an article’s author, publishes, and the byline shows them', async ({
  studio,
  browser,
}) => {
  await createFromMenu(studio, 'Person')
  await nameWithSlug(studio, 'name', PERSON.name, PERSON.slug)
  await textField(studio, 'role').fill(PERSON.role)
  const draft = `*[_id in path("drafts.**") && slug.current == "${PERSON.slug}"][0]{ name, role }`
  await expect.poll(() => lakeQuery(draft)).toEqual({ name: PERSON.name, role: PERSON.role })
  const published = `*[_type == "person" && slug.current == "${PERSON.slug}" && !(_id in path("drafts.**"))][0]._id`
  await publishAndWait(studio, published)

  // The article's authors sit on its Details tab.
  await openDocument(studio, ARTICLE.id, 'article')
  await studio.getByRole('tab', { name: 'Details' }).click()
  const authors = studio.getByTestId('field-authors')
  await authors.getByRole('button', { name: 'Add item' }).click()
  await authors.locator('input').last().fill(PERSON.name)
  await studio.getByRole('option').filter({ hasText: PERSON.name }).click()
  const authorNames = `*[_id == "drafts.${ARTICLE.id}"][0].authors[]->name`
  await expect.poll(() => lakeQuery(authorNames)).toContain(PERSON.name)
  await publishAndWait(studio, `"${PERSON.name}" in *[_id == "${ARTICLE.id}"][0].authors[]->name`)

  // A visitor sees them in the byline once the webhook has expired the page.
  const visitor = await browser.newPage()
  await expect(async () => {
    await visitor.goto(`${SITE}${ARTICLE.path}`)
    const header = visitor.locator('header[aria-label="Article header"]')
    await expect(header.getByText(PERSON.name)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await visitor.close()
})
