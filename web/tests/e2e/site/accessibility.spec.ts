import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { streamedContentShown } from '../../support/site-helpers'
import { siteRoutes, UNKNOWN_PATHS } from './lib/routes'

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  '375 px': { width: 375, height: 812 },
} as const

/** Violations in a form that names the rule and the elements, so a failure says what to fix. */
async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map(({ target }) => target.join(' ')),
  }))
}

/** Waits for hydration and streamed content, so axe sees the page visitors end up with. */
async function visit(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('nav[aria-label="Main"][data-enhanced="true"]')).toBeAttached()
  await streamedContentShown(page)
}

const paths = [...siteRoutes().map(({ path }) => path), ...UNKNOWN_PATHS.slice(0, 1)]

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`axe at ${name}`, () => {
    test.use({ viewport })
    for (const path of paths) {
      test(`${path} has no violations`, async ({ page }) => {
        await visit(page, path)
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}

test.describe('axe with the menu open', () => {
  test.use({ viewport: VIEWPORTS['375 px'] })

  test('the open header menu has no violations', async ({ page }) => {
    await visit(page, '/')
    const button = page.getByRole('button', { name: 'Menu' })
    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator(`#${await button.getAttribute('aria-controls')}`)).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})
