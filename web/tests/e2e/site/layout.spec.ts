import { expect, test } from '@playwright/test'
import { LEGAL_NAME } from '../../support/site-helpers'
import {
  COMPANY_NUMBER,
  DESCRIPTION,
  DISCLAIMER,
  FOOTER_ADDRESS,
  FOOTER_COLUMNS,
  LEGAL_LINKS,
  SEED_ARTICLE,
} from './lib/client-facts'

/** The root layout is the same on every page; two unlike pages stand for the rest. */
const SAMPLE_PATHS = ['/', SEED_ARTICLE.path]

for (const path of SAMPLE_PATHS) {
  test.describe(`the root layout on ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path)
    })

    test('the document is in British English and sized to the device', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
      await expect(page.locator('meta[name="viewport"]')).toHaveAttribute(
        'content',
        'width=device-width, initial-scale=1',
      )
    })

    test('the skip link is the first stop and moves focus to the main content', async ({
      page,
    }) => {
      await page.keyboard.press('Tab')
      const skipLink = page.getByRole('link', { name: 'Skip to main content' })
      await expect(skipLink).toBeFocused()
      await expect(skipLink).toHaveAttribute('href', '#main-content')
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main-content')).toBeFocused()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')
      await expect(page.locator('main#main-content')).toHaveAttribute('tabindex', '-1')
    })

    test('the footer shows the brand, address and navigation columns', async ({ page }) => {
      const footer = page.getByRole('contentinfo', { name: 'Site footer' })
      await expect(footer).toHaveAttribute('role', 'contentinfo')
      const wordmark = footer.getByRole('link', { name: `${LEGAL_NAME} , return to home` })
      await expect(wordmark).toHaveAttribute('href', '/')
      await expect(wordmark).toHaveText(/ChaffCent\s*Ventures Limited/)
      await expect(footer.getByText(DESCRIPTION, { exact: true })).toBeVisible()
      await expect(footer.locator('address')).toHaveText(FOOTER_ADDRESS)

      await expect(footer.getByRole('heading', { level: 3 })).toHaveText(
        FOOTER_COLUMNS.map(({ heading }) => heading),
      )
      for (const column of FOOTER_COLUMNS) {
        const heading = footer.getByRole('heading', { level: 3, name: column.heading })
        const headingId = await heading.getAttribute('id')
        expect(headingId).toBeTruthy()
        const list = footer.locator(`ul[aria-labelledby="${headingId}"]`)
        await expect(list).toHaveAttribute('role', 'list')
        await expect(list.getByRole('link')).toHaveText([...column.links])
      }
    })

    test('legal links say they open a legal document', async ({ page }) => {
      const footer = page.getByRole('contentinfo', { name: 'Site footer' })
      const legalColumn = footer
        .locator('ul[aria-labelledby]')
        .filter({ hasText: 'Privacy Notice' })
      for (const { label, href } of LEGAL_LINKS) {
        const link = legalColumn.getByRole('link', { name: `${label} (legal document)` })
        await expect(link).toHaveAttribute('href', href)
      }
      // The bottom row repeats them, separated by middle dots.
      const row = footer.getByRole('list', { name: 'Legal document links' })
      await expect(row.getByRole('link')).toHaveText(LEGAL_LINKS.map(({ label }) => label))
      await expect(row).toHaveText(LEGAL_LINKS.map(({ label }) => label).join('·'))
    })

    test('the copyright line, registration and disclaimer', async ({ page }) => {
      const footer = page.getByRole('contentinfo', { name: 'Site footer' })
      const year = new Date().getUTCFullYear()
      await expect(
        footer.getByText(
          `© ${year} ${LEGAL_NAME}. All rights reserved. Registered in England & Wales. Company No. ${COMPANY_NUMBER}.`,
          { exact: true },
        ),
      ).toBeVisible()
      await expect(footer.getByText(DISCLAIMER, { exact: true })).toBeVisible()
    })
  })
}
