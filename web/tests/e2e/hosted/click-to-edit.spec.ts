import { studioOrigin } from '@chaffcent/content/studio-host'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { vercelStegaDecode } from '@vercel/stega'
import { presentationSecret } from '../../support/hosted-lake'
import { documentsOfType, slugOf } from '../../support/site-helpers'
import { STEGA_CHARACTER, withoutMarks } from '../../support/stega-marks'

const ARTICLE = documentsOfType('article').find(
  (doc) => slugOf(doc) === 'it-ot-convergence-high-consequence-environments',
)!
const ARTICLE_PATH = `/insights/${slugOf(ARTICLE)}`
/** Read by machines only, whoever asks. */
const MACHINE_FILES = ['/sitemap.xml', '/insights/feed.xml', '/robots.txt']
/** Published pages' HTML, metadata and JSON-LD inside. */
const PAGES = [
  '/',
  ARTICLE_PATH,
  `/ventures/${slugOf(documentsOfType('venture')[0]!)}`,
  '/insights',
]

async function expectNoMarks(request: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(await response.text(), path).not.toMatch(STEGA_CHARACTER)
  }
}

test('published pages, metadata, JSON-LD, sitemap, feed and robots carry no edit marks', async ({
  request,
}) => {
  await expectNoMarks(request, [...PAGES, ...MACHINE_FILES])
})

test('in preview, shown text links to its field in the studio; what machines read stays clean', async ({
  page,
}) => {
  const secret = await presentationSecret(page.request)
  const enable = new URLSearchParams({
    'sanity-preview-secret': secret,
    'sanity-preview-pathname': ARTICLE_PATH,
  })
  await page.goto(`/api/draft-mode/enable?${enable}`)
  await expect(page).toHaveURL(ARTICLE_PATH)
  await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible()

  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  expect(heading).toMatch(STEGA_CHARACTER)
  expect(withoutMarks(heading)).toBe(ARTICLE.title)
  const edit = vercelStegaDecode<{ href: string }>(heading)
  expect(edit?.href).toContain(`${studioOrigin()}/intent/edit/`)
  expect(edit?.href).toContain(`id=${ARTICLE._id};type=article;path=title`)

  const machineRead = await page.evaluate(() => [
    document.title,
    ...[...document.querySelectorAll('meta[content]')].map((m) => m.getAttribute('content')),
    ...[...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => s.textContent,
    ),
    ...[...document.querySelectorAll('[href]')].map((a) => a.getAttribute('href')),
  ])
  expect(machineRead.join('\n')).toContain(ARTICLE.title!)
  expect(machineRead.join('\n')).not.toMatch(STEGA_CHARACTER)
  // The same session's sitemap, feed and robots.txt.
  await expectNoMarks(page.request, MACHINE_FILES)
})
