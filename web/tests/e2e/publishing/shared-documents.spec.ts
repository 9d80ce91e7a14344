import type { APIRequestContext, Page } from '@playwright/test'
import { type DatasetEdits, expect, publishEdit, test } from './fixtures'
import { open } from './site-pages'

const PAGES = ['/', '/insights', '/contact', '/ventures']

/** Publishes the document unchanged and reads the home page, so this server has seen it valid. */
async function seenValid(
  page: Page,
  request: APIRequestContext,
  dataset: DatasetEdits,
  id: string,
) {
  await publishEdit(
    request,
    dataset.change(id, (doc) => doc),
  )
  await open(page, '/')
}

test('a publish that breaks the site settings keeps their last good version on every page', async ({
  page,
  request,
  dataset,
}) => {
  await seenValid(page, request, dataset, 'siteSettings')

  const broken = dataset.change('siteSettings', ({ legalName: _gone, ...doc }) => ({
    ...doc,
    address: { _type: 'postalAddress' },
  }))
  await publishEdit(request, broken)

  for (const path of PAGES) {
    await open(page, path)
    await expect(page.getByRole('contentinfo')).toContainText('ChaffCent Ventures Limited')
    await expect(page.getByText('Something went wrong.')).toHaveCount(0)
  }
})

test('a publish that breaks the home page keeps its last good version', async ({
  page,
  request,
  dataset,
}) => {
  await seenValid(page, request, dataset, 'home')
  const heading = await page.getByRole('heading', { level: 1 }).textContent()

  await publishEdit(
    request,
    dataset.change('home', ({ hero: _gone, ...doc }) => doc),
  )

  await open(page, '/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '')
})
