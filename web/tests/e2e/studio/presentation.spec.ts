import { vercelStegaDecode } from '@vercel/stega'
import { withoutMarks } from '../../support/stega-marks'
import {
  expect,
  lakeQuery,
  openDocument,
  SEED_ARTICLE as ARTICLE,
  SITE,
  test,
  textField,
} from './studio'

test('Presentation previews an unpublished change in draft mode, with click-to-edit, and visitors still see the published page', async ({
  studio,
  browser,
}) => {
  const draftTitle = 'Aviation Training: A Draft Nobody Else Sees'
  await openDocument(studio, ARTICLE.id, 'article')
  await textField(studio, 'title').fill(draftTitle)
  await expect(studio.getByTestId('action-publish')).toBeEnabled()

  // The Presentation tool opens the site through its draft-mode route, with a fresh secret.
  await studio.goto(`/presentation?preview=${encodeURIComponent(ARTICLE.path)}`)
  const preview = studio.frameLocator('iframe').first()
  const heading = preview.getByRole('heading', { level: 1 })
  await expect
    .poll(async () => withoutMarks(await heading.textContent()), { timeout: 30_000 })
    .toBe(draftTitle)
  // Click-to-edit: the shown title carries, invisibly, a link to its field in this studio.
  const edit = vercelStegaDecode<{ href: string }>((await heading.textContent()) ?? '')
  expect(edit?.href).toContain('/intent/edit/')
  expect(edit?.href).toContain(`id=${ARTICLE.id};type=article;path=title`)

  const published = await lakeQuery<string>(`*[_id == "${ARTICLE.id}"][0].title`)
  expect(published).not.toBe(draftTitle)
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  await page.goto(`${SITE}${ARTICLE.path}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(published)
  await visitor.close()
})
