import { findDocument } from '../../support/publishing-helpers'
import { expect, publishEdit, test } from './fixtures'
import { open } from './site-pages'

// The other path, { expire: 0 } for a document's own tags (the next visitor gets the fresh
// page), is title-change.spec.ts: the first visit after the publish shows the new title.

test('a settings publish refreshes pages in the background: one visit stale, then fresh', async ({
  page,
  request,
  dataset,
}) => {
  const footer = page.getByRole('contentinfo')
  await publishEdit(
    request,
    dataset.change('siteSettings', (doc) => doc),
  )
  await open(page, '/')
  const tagline = String(findDocument('siteSettings').description)
  await open(page, '/')
  await expect(footer).toContainText(tagline)

  const revised = `${tagline} (revised)`
  await publishEdit(
    request,
    dataset.change('siteSettings', (doc) => ({ ...doc, description: revised })),
  )

  // 'max': the first visitor gets the page at once, as it was, while it re-renders.
  await open(page, '/')
  await expect(footer).not.toContainText(revised)
  await expect(footer).toContainText(tagline)
  await expect
    .poll(async () => {
      await open(page, '/')
      return footer.textContent()
    })
    .toContain(revised)
})
