import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { expect, publishEdit, test } from './fixtures'
import { open } from './site-pages'

test('the Sectors, Ventures and Insights listings show the copy editors write for them', async ({
  page,
  request,
  dataset,
}) => {
  const intro = 'Where ChaffCent works, sector by sector: an introduction written in the studio.'
  const description = page.locator('head meta[name="description"]')
  const changed = dataset.change(LISTING_PAGE_IDS.sectors, (doc) => ({
    ...doc,
    eyebrow: 'Where we work',
    intro,
  }))
  await publishEdit(request, changed)

  await open(page, '/sectors')
  await expect(page.getByText('Where we work', { exact: true })).toBeVisible()
  await expect(page.getByText(intro)).toBeVisible()
  await expect(description).toHaveAttribute('content', intro)
  // The other listings keep their own copy.
  await open(page, '/ventures')
  await expect(page.getByText('Alongside its advisory work, ChaffCent develops')).toBeVisible()
  await open(page, '/insights')
  await expect(page.getByText('Analysis and perspective from ChaffCent')).toBeVisible()
})
