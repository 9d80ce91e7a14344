// Temporary screenshot script (deleted before hand-over).
import { chromium } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

const base = 'http://localhost:3200'
const [path = '/ui-preview', width = '1280', prefix = 'desk', segments = '5'] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } })
const page = await context.newPage()
await page.goto(base + path, { waitUntil: 'networkidle' })
const height = await page.evaluate(() => document.documentElement.scrollHeight)
const n = Math.min(Number(segments), Math.ceil(height / 900))
for (let i = 0; i < n; i++) {
  await page.screenshot({ path: `/tmp/shots/${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y: i * 900, width: Number(width), height: Math.min(900, height - i * 900) } })
}
console.log('height', height, 'segments', n)
const results = await new AxeBuilder({ page }).analyze()
for (const v of results.violations) console.log('AXE', v.id, v.impact, v.nodes.length, v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))
console.log('axe violations:', results.violations.length, 'incomplete:', results.incomplete.map((i) => i.id).join(','))
await browser.close()
