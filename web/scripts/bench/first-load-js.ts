// First-load JavaScript: every same-origin script the browser fetches before the page's load
// event, each gzipped at zlib's default level as a server would send it, summed.
import { gzipSync } from 'node:zlib'
import { type Browser, chromium, type Response } from '@playwright/test'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/support/chromium.ts'
import { atEnd } from './processes.ts'

export interface FirstLoadJs {
  files: { path: string; bytes: number; gzipBytes: number }[]
  gzipKb: number
}

/** One headless Chromium for all the pages, closed by `close` or at the end of the run. */
export async function openBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  return { browser, close: atEnd(() => browser.close()) }
}

/** Measures one page in a fresh context, so nothing is served from an earlier page's cache. */
export async function measureFirstLoadJs(browser: Browser, url: string): Promise<FirstLoadJs> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const { origin } = new URL(url)
    const scripts: Response[] = []
    let loaded = false
    page.on('response', (response) => {
      if (loaded || response.request().resourceType() !== 'script') return
      if (new URL(response.url()).origin === origin) scripts.push(response)
    })
    await page.goto(url, { waitUntil: 'load' })
    loaded = true
    const files = []
    for (const response of scripts) {
      const body = await response.body()
      const path = new URL(response.url()).pathname
      files.push({ path, bytes: body.length, gzipBytes: gzipSync(body).length })
    }
    return { files, gzipKb: files.reduce((sum, file) => sum + file.gzipBytes, 0) / 1024 }
  } finally {
    await context.close()
  }
}
