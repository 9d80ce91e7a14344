import { expect, test } from '@playwright/test'

test('the home page shows the organisation from the dataset', async ({ page }) => {
  const response = await page.goto('/')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ChaffCent Ventures Limited')
})
