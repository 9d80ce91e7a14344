// First-load JavaScript: every same-origin script the browser fetches before the page's load
// event, each gzipped at zlib's default level as a server would send it, summed.
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROME_FLAGS, CHROMIUM_PATH } from './settings.mjs'
import { closeAtEnd } from './processes.mjs'

/** Opens one headless Chromium for all the pages; close it with the returned `close`. */
export async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Playwright adds its own headless switch, so the CLI's --headless=new is left out.
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  })
  const forget = closeAtEnd(() => browser.close())
  return {
    browser,
    close: async () => {
      forget()
      await browser.close()
    },
  }
}

/** Measures one page in a fresh context, so nothing is served from an earlier page's cache. */
export async function measureFirstLoadJs(browser, url) {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const { origin } = new URL(url)
    const scripts = []
    let loaded = false
    page.on('response', (response) => {
      const request = response.request()
      if (loaded || request.resourceType() !== 'script') return
      if (new URL(response.url()).origin === origin) scripts.push(response)
    })
    await page.goto(url, { waitUntil: 'load' })
    loaded = true
    const files = []
    for (const response of scripts) {
      const body = await response.body()
      files.push({
        path: new URL(response.url()).pathname,
        bytes: body.length,
        gzipBytes: gzipSync(body).length,
      })
    }
    const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0)
    return { files, gzipBytes, gzipKb: gzipBytes / 1024 }
  } finally {
    await context.close()
  }
}
