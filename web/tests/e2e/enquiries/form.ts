import { expect, type Page } from '@playwright/test'
import { MIN_FILL_SECONDS } from '../../support/enquiry-servers'

export const RECEIVED = 'Thank you: we have received your enquiry.'

/** Fills the Contact page's form as a visitor would, naming the visitor `name`. */
export async function fillEnquiry(
  page: Page,
  name: string,
  message = 'We would value a conversation about a market entry.',
) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Email address').fill('visitor@example.com')
  await page.getByLabel('Organisation (optional)').fill('Example Holdings Ltd')
  await page.getByLabel('What is your enquiry about?').selectOption('Advisory engagement')
  await page.getByLabel('How can we help?').fill(message)
  await page.getByRole('checkbox', { name: /privacy notice/ }).check()
}

/** Opens the Contact page with its form ready: with JavaScript, once its fresh token has come. */
export async function openContact(page: Page, { javaScript = true } = {}) {
  await page.goto('/contact')
  if (javaScript) await expect(page.locator('input[name="formToken"]')).not.toHaveValue('')
}

/** A person takes at least the minimum fill time; the test waits it out rather than fake it. */
export const readLikeAPerson = (page: Page) => page.waitForTimeout(MIN_FILL_SECONDS * 1000 + 200)

export const send = (page: Page) => page.getByRole('button', { name: 'Send enquiry' }).click()
