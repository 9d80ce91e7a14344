import { HOSTILE_BLOCKS, HOSTILE_TEXTS } from '../../../src/components/rich-text/hostile.fixture'
import { expect, publishEdit, test } from './fixtures'
import { ARTICLE_IDS, article, open } from './site-pages'

test('an article whose body is the hostile fixture renders it inert', async ({
  page,
  request,
  dataset,
}) => {
  const target = article(ARTICLE_IDS.untouched)
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await publishEdit(
    request,
    dataset.change(target.doc._id, (doc) => ({ ...doc, body: HOSTILE_BLOCKS })),
  )

  await open(page, target.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title)
  const main = page.locator('main#main-content')
  for (const text of HOSTILE_TEXTS) await expect(main).toContainText(text)
  await expect(main.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0)
  await expect(main.locator('a[href^="//"], a[href^="\\\\"]')).toHaveCount(0)
  await expect(main.locator('[style], code, del, h4, h5, h6, img[src="x"]')).toHaveCount(0)
  await expect(main.locator('ul ul ul ul ul')).toHaveCount(0)
  expect(dialogs).toEqual([])
})
