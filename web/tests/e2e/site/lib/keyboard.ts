import type { Locator, Page } from '@playwright/test'

/** Presses Tab until `target` has focus; fails if `limit` presses do not reach it. */
export async function tabTo(page: Page, target: Locator, limit = 15): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${target} was not reached within ${limit} presses of Tab`)
}
