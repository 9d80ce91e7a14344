import { fixedLegalId } from '@chaffcent/content/fixed-documents'
import { expect, publishEdit, test } from './fixtures'
import { open } from './site-pages'

test('the footer’s legal links carry the legal documents’ own titles', async ({
  page,
  request,
  dataset,
}) => {
  const legalRow = page.getByRole('list', { name: 'Legal document links' })
  await open(page, '/')
  await expect(legalRow.getByRole('link')).toHaveText([
    'Privacy Notice',
    'Terms of Use',
    'Modern Slavery Statement',
  ])

  const renamed = dataset.change(fixedLegalId('terms'), (doc) => ({
    ...doc,
    title: 'Website Terms and Conditions',
  }))
  await publishEdit(request, renamed)

  await open(page, '/insights')
  await expect(
    legalRow.getByRole('link', { name: 'Website Terms and Conditions' }),
  ).toHaveAttribute('href', '/legal/terms')
})
