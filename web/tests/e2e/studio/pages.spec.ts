import {
  expect,
  lakeQuery,
  openDocument,
  publishAndWait,
  SITE,
  test,
  textField,
  createFromMenu,
  nameWithSlug,
} from './studio'

const PAGE = {
  title: 'Working With Us',
  slug: 'working-with-us',
  quote: 'Plain advice, with the reasoning shown.',
}

test('an editor creates a page with a section from the insert menu, publishes it, and the site shows it', async ({
  studio,
  browser,
}) => {
  await createFromMenu(studio, 'Page')
  await nameWithSlug(studio, 'title', PAGE.title, PAGE.slug)

  // The insert menu shows each kind of section with its sketch.
  await studio
    .getByTestId('field-sections')
    .getByRole('button', { name: /Add item/ })
    .click()
  await expect(studio.locator('img[src$="/static/sections/quoteSection.svg"]')).toBeVisible()
  await studio.getByText('Quote', { exact: true }).click()
  await studio.getByRole('dialog').locator('textarea').first().fill(PAGE.quote)
  await studio.keyboard.press('Escape')

  const draft = `*[_id in path("drafts.**") && slug.current == "${PAGE.slug}"][0]`
  await expect
    .poll(() => lakeQuery(`${draft}{ title, "quote": sections[0].quote }`))
    .toEqual({ title: PAGE.title, quote: PAGE.quote })
  await publishAndWait(
    studio,
    `*[!(_id in path("drafts.**")) && slug.current == "${PAGE.slug}"][0]._id`,
  )

  const visitor = await browser.newPage()
  await expect(async () => {
    const response = await visitor.goto(`${SITE}/${PAGE.slug}`)
    expect(response?.status()).toBe(200)
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(PAGE.title, {
      timeout: 1_000,
    })
  }).toPass({ timeout: 20_000 })
  await expect(visitor.locator('blockquote')).toContainText(PAGE.quote)
  await visitor.close()
})

test('a fixed page offers Publish but no delete or unpublish, and keeps its address', async ({
  studio,
}) => {
  await openDocument(studio, 'page-who-we-are', 'page')
  await expect(studio.getByTestId('action-publish')).toBeVisible()
  await expect(studio.getByTestId('action-menu-button')).toHaveCount(0)
  await expect(textField(studio, 'slug')).toHaveValue('who-we-are')
  await expect(textField(studio, 'slug')).toHaveAttribute('readonly', '')
})
