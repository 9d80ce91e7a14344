import { expect, test } from '@playwright/test'
import { NOT_FOUND_COPY } from './lib/client-facts'
import { UNKNOWN_PATHS } from './lib/routes'

for (const path of UNKNOWN_PATHS) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)

    const main = page.locator('main#main-content')
    await expect(main.getByText(NOT_FOUND_COPY.eyebrow, { exact: true })).toBeVisible()
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_COPY.heading)
    await expect(main.getByText(NOT_FOUND_COPY.text, { exact: true })).toBeVisible()
    const home = main.getByRole('link', { name: 'Return to Home' })
    await expect(home).toHaveAttribute('href', '/')
    const contact = main.getByRole('link', { name: 'Contact ChaffCent' })
    await expect(contact).toHaveText(/^Contact ChaffCent\s*→$/)
    await expect(contact).toHaveAttribute('href', '/contact')
    // Search engines must not index an address that does not exist.
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    // The page keeps the site's frame, so a visitor can go on from it.
    await expect(page.getByRole('contentinfo', { name: 'Site footer' })).toBeVisible()
  })
}
