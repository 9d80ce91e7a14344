import { expect, openDocument, test, textField } from './studio'

test('a fixed page offers Publish but no delete or unpublish, and keeps its address', async ({
  studio,
}) => {
  await openDocument(studio, 'page-who-we-are', 'page')
  await expect(studio.getByTestId('action-publish')).toBeVisible()
  await expect(studio.getByTestId('action-menu-button')).toHaveCount(0)
  await expect(textField(studio, 'slug')).toHaveValue('who-we-are')
  await expect(textField(studio, 'slug')).toHaveAttribute('readonly', '')
})
