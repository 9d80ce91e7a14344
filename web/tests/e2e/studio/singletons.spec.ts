import { expect, openDocument, test } from './studio'

test.describe('singletons: one Site settings and one Home page, always', () => {
  test('the new-document menu offers only the types editors may create', async ({ studio }) => {
    await studio.goto('/structure')
    await studio.getByRole('button', { name: 'Create new document' }).click()
    const templates = studio.locator('a[href^="/intent/create/"]')
    await expect(templates.first()).toBeVisible()
    const offered = await templates.allTextContents()
    // Singletons and the fixed legal and listing documents are never created anew; pages and
    // people are.
    expect([...offered].sort()).toEqual([
      'Article',
      'Category',
      'Page',
      'Person',
      'Redirect',
      'Sector',
      'Venture',
    ])
  })

  test('an article can be deleted from its menu (the comparison)', async ({ studio }) => {
    await openDocument(studio, 'article-aviation-training-capability-not-compliance', 'article')
    await studio.getByTestId('action-menu-button').click()
    await expect(studio.getByRole('menuitem', { name: /Delete/ })).toBeVisible()
  })

  for (const type of ['siteSettings', 'home']) {
    test(`${type} offers Publish and nothing else: no delete, duplicate or unpublish`, async ({
      studio,
    }) => {
      await openDocument(studio, type, type)
      await expect(studio.getByTestId('action-publish')).toBeVisible()
      await expect(studio.getByTestId('action-menu-button')).toHaveCount(0)
    })
  }
})
