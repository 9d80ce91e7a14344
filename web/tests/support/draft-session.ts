import { expect, type Page, type Request } from '@playwright/test'
import { leaksIn } from './secret-scan'
import { withoutMarks } from './stega-marks'

const heading = (page: Page) =>
  expect.poll(async () => withoutMarks(await page.getByRole('heading', { level: 1 }).textContent()))

/**
 * Walks a draft-mode session as an editor would (the previewed page, the home page, a
 * listing, a legal page, then a client-side navigation, which fetches RSC payloads rather
 * than HTML) and returns how many responses it read and every secret they carried.
 */
export async function draftSessionLeaks(page: Page, enablePath: string, draftTitle: string) {
  const read: Promise<string[]>[] = []
  // Finished requests only: the body of a response cut off by the next navigation (an RSC
  // prefetch, say) never arrives, and waiting for it would hang the test.
  page.on('requestfinished', (request) => read.push(leaksInResponse(request)))

  await page.goto(enablePath)
  await heading(page).toBe(draftTitle)
  for (const path of ['/', '/insights', '/legal/privacy']) {
    expect((await page.goto(path))?.status(), path).toBe(200)
  }
  const footer = page.getByRole('navigation', { name: 'Footer navigation' })
  await footer.getByRole('link', { name: 'Who We Are' }).click()
  await expect(page).toHaveURL('/who-we-are')
  await heading(page).toBe('Who We Are')

  return { responses: read.length, leaks: (await Promise.all(read)).flat() }
}

async function leaksInResponse(request: Request): Promise<string[]> {
  const response = await request.response()
  if (!response) return []
  const headers = JSON.stringify(await response.allHeaders())
  // A redirect has no body to read; its headers still count.
  const body = await response.body().then(
    (bytes) => bytes.toString('latin1'),
    () => '',
  )
  return leaksIn(headers + body).map((leak) => `${response.url()}: ${leak}`)
}
