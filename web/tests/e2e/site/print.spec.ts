import { expect, type Locator, type Page, test } from '@playwright/test'
import { SITE_URL } from '../../support/site-helpers'

/** What follows a link on paper: the CSS `content` of its `::after`, with attr() resolved. */
const printedAfter = (link: Locator) =>
  link.evaluate((element) => getComputedStyle(element, '::after').content)

/** The text a link prints as, generated content included (its accessible name has it). */
async function expectPrintedUrl(link: Locator, url: string) {
  const text = (await link.textContent())!.trim()
  expect(await printedAfter(link)).not.toBe('none')
  await expect(link).toHaveAccessibleName(`${text} (${url})`)
}

/** Each is on the page (hidden or not), and none prints. */
async function expectNoScreenChrome(page: Page) {
  await expect(page.getByRole('banner')).toBeVisible()
  const chrome = [
    page.getByRole('navigation', { name: 'Main', includeHidden: true }),
    page.getByRole('searchbox', { includeHidden: true }),
    page.getByRole('navigation', { name: 'Footer navigation', includeHidden: true }),
    page.getByRole('link', { name: 'Skip to main content', includeHidden: true }),
  ]
  for (const part of chrome) {
    expect(await part.count()).toBeGreaterThan(0)
    for (const element of await part.all()) await expect(element).toBeHidden()
  }
}

const DOCUMENTS = [
  { path: '/insights/aviation-training-capability-not-compliance', body: 'article' },
  { path: '/legal/privacy', body: 'main' },
]

for (const { path, body } of DOCUMENTS) {
  test(`${path} prints without the menus, with each link's address after it`, async ({ page }) => {
    await page.goto(path)
    // On screen: the menu is there and links print nothing after them.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expectNoScreenChrome(page)

    const prose = page.locator(
      body === 'article' ? 'article[aria-label="Article content"]' : 'main',
    )
    const internal = prose.locator('a[data-print-href]').first()
    const href = (await internal.getAttribute('href'))!
    expect(href).toMatch(/^\//)
    await expect(internal).toHaveAttribute('data-print-href', `${SITE_URL}${href}`)
    await expectPrintedUrl(internal, `${SITE_URL}${href}`)

    const external = prose.locator('a[href^="https://"]').first()
    await expectPrintedUrl(external, (await external.getAttribute('href'))!)
  })
}
