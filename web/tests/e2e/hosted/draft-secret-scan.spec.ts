import { expect, test } from '@playwright/test'
import { draftSessionLeaks } from '../../support/draft-session'
import { presentationSecret, seedDocument, writeToLake } from '../../support/hosted-lake'
import { VIEWER_TOKEN } from '../../support/servers'

const ARTICLE = seedDocument('article-data-to-decision-governed-exploitation-layers')
const DRAFT = { ...ARTICLE, _id: `drafts.${ARTICLE._id}`, title: 'Draft title' }

test.afterEach(async ({ request }) => {
  await writeToLake(request, [{ delete: { id: DRAFT._id } }])
})

/**
 * The hosted server reads drafts with its viewer token (set to VIEWER_TOKEN), so a token that
 * slipped into a page, a payload or a header of a preview would be found here.
 */
test('a hosted draft-mode session, read with the viewer token, carries no secret', async ({
  page,
}) => {
  expect(VIEWER_TOKEN).toBeTruthy()
  await writeToLake(page.request, [{ createOrReplace: DRAFT }])
  const enable = new URLSearchParams({
    'sanity-preview-secret': await presentationSecret(page.request),
    'sanity-preview-pathname': `/insights/${ARTICLE.slug!.current}`,
  })
  const { responses, leaks } = await draftSessionLeaks(
    page,
    `/api/draft-mode/enable?${enable}`,
    DRAFT.title,
  )
  expect(responses).toBeGreaterThan(5)
  expect(leaks).toEqual([])
})
