// Temporary menu check (deleted before hand-over).
import { chromium } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const base = 'http://localhost:3200'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
for (const width of [320, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 800 } })
  const page = await context.newPage()
  await page.goto(base + '/ui-preview', { waitUntil: 'networkidle' })
  const button = page.getByRole('button', { name: 'Menu' })
  await button.waitFor()
  await page.screenshot({ path: `/tmp/shots/m${width}-closed.png` })
  console.log(width, 'list visible before:', await page.locator('#primary-navigation').isVisible())
  await button.click()
  console.log(width, 'expanded after click:', await button.getAttribute('aria-expanded'), 'visible:', await page.locator('#primary-navigation').isVisible())
  await page.screenshot({ path: `/tmp/shots/m${width}-open.png` })
  const axe = await new AxeBuilder({ page }).analyze()
  console.log(width, 'axe open:', axe.violations.map((v) => `${v.id}:${v.nodes.map((n) => n.target).join('|')}`))
  await page.keyboard.press('Tab')
  console.log(width, 'focus after tab:', await page.evaluate(() => document.activeElement?.textContent))
  await page.keyboard.press('Escape')
  console.log(width, 'after escape expanded:', await button.getAttribute('aria-expanded'), 'focus is button:', await button.evaluate((b) => b === document.activeElement))
  await page.keyboard.press('Enter')
  console.log(width, 'enter reopens:', await button.getAttribute('aria-expanded'))
  await page.getByRole('link', { name: 'Insights', exact: true }).first().click()
  await page.waitForURL('**/insights')
  await page.waitForTimeout(500)
  console.log(width, 'after navigation expanded:', await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'current:', await page.locator('#primary-navigation [aria-current]').allTextContents())
  await page.screenshot({ path: `/tmp/shots/m${width}-insights.png`, fullPage: true })
  await context.close()
}
// Without JavaScript.
const nojs = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false })
const page = await nojs.newPage()
await page.goto(base + '/ui-preview')
console.log('nojs list visible before:', await page.locator('#primary-navigation').first().isVisible())
await page.getByRole('link', { name: 'Menu' }).first().click()
console.log('nojs list visible after:', await page.locator('#primary-navigation').first().isVisible(), page.url())
await page.screenshot({ path: '/tmp/shots/m375-nojs-open.png' })
await nojs.close()
// Keyboard focus ring on desktop
const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const d = await desk.newPage()
await d.goto(base + '/ui-preview', { waitUntil: 'networkidle' })
await d.keyboard.press('Tab')
await d.screenshot({ path: '/tmp/shots/desk-skiplink.png', clip: { x: 0, y: 0, width: 1280, height: 200 } })
await d.keyboard.press('Tab')
await d.keyboard.press('Tab')
await d.screenshot({ path: '/tmp/shots/desk-focus-nav.png', clip: { x: 0, y: 0, width: 1280, height: 200 } })
await d.locator('a[href="/sectors/aviation"]').focus()
await d.keyboard.press('Shift+Tab'); await d.keyboard.press('Tab')
const box = await d.locator('a[href="/sectors/aviation"]').evaluate((a) => { const r = a.closest('li').getBoundingClientRect(); return { x: r.x - 10, y: r.y - 10 + window.scrollY, width: r.width + 20, height: r.height + 20 } })
await d.screenshot({ path: '/tmp/shots/desk-focus-card.png', clip: box, fullPage: true })
await desk.close()
await browser.close()
