import { expect, test } from '@playwright/test'
import { documentById } from '../../support/site-helpers'
import { tabTo } from './lib/keyboard'

/** The header's links, in order, as the site settings list them. */
const NAV_LABELS = (documentById('siteSettings').headerNavigation ?? []).map(({ label }) => label)

test.describe('the header menu on a 375 px screen', () => {
  test.use({ viewport: { width: 375, height: 812 } })

  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    // The button replaces the no-script link once the header has hydrated.
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  })

  test('opens with Enter, lets Tab reach every link, and closes with Escape', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Menu' })
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`)
    await expect(menu).toBeHidden()

    await tabTo(page, button)
    await page.keyboard.press('Enter')
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await expect(menu).toBeVisible()
    expect(NAV_LABELS).not.toHaveLength(0)
    await expect(menu.getByRole('link')).toHaveText(NAV_LABELS)

    for (const label of NAV_LABELS) {
      await page.keyboard.press('Tab')
      await expect(menu.getByRole('link', { name: label, exact: true })).toBeFocused()
    }

    await page.keyboard.press('Escape')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeHidden()
    await expect(button).toBeFocused()
  })

  test('following a link closes the menu', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Menu' })
    const menu = page.locator(`#${await button.getAttribute('aria-controls')}`)
    await tabTo(page, button)
    await page.keyboard.press('Enter')
    const insights = menu.getByRole('link', { name: 'Insights', exact: true })
    await tabTo(page, insights)
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL('/insights')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insights')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeHidden()
    // Hidden with the menu, the link still marks the page it leads to as current.
    await expect(menu.locator('a[href="/insights"]')).toHaveAttribute('aria-current', 'page')
  })
})

test('on a wide screen the links show without a menu button', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden()
  for (const label of NAV_LABELS) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible()
  }
})
