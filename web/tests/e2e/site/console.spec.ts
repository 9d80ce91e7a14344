import { expect, test } from '@playwright/test'
import { streamedContentShown } from '../../support/site-helpers'
import { siteRoutes } from './lib/routes'

for (const { path } of siteRoutes()) {
  test(`${path} loads and hydrates without console or page errors`, async ({ page }) => {
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))

    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    // Hydration has run once the header's menu has become a button; mismatches log before that.
    await expect(page.locator('nav[aria-label="Main"][data-enhanced="true"]')).toBeAttached()
    await streamedContentShown(page)
    // Link prefetches start after load; a failing one logs an error, so let them finish.
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
  })
}
