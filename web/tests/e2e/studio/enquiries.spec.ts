import { origin } from '../../../scripts/processes/loopback.ts'
import { STUDIO_LAKE_PORT } from '../../support/servers'
import { expect, lakeQuery, test } from './studio'

/** Two enquiries as the site's server writes them (Node, no Origin: as its worker does). */
const ENQUIRIES = [
  { id: 'enquiry.e2e-older', name: 'Older Enquirer', receivedAt: '2026-03-01T09:00:00.000Z' },
  { id: 'enquiry.e2e-newer', name: 'Newer Enquirer', receivedAt: '2026-03-02T09:00:00.000Z' },
]

test.beforeAll(async () => {
  const mutations = ENQUIRIES.map(({ id, name, receivedAt }) => ({
    createIfNotExists: {
      _id: id,
      _type: 'enquiry',
      receivedAt,
      name,
      email: 'enquirer@example.com',
      organisation: 'Example Holdings Ltd',
      enquiryType: 'Media',
      message: 'A question from the press.',
      handled: false,
    },
  }))
  const response = await fetch(`${origin(STUDIO_LAKE_PORT)}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer e2e' },
    body: JSON.stringify({ mutations }),
  })
  expect(response.ok).toBe(true)
})

test('an editor reads enquiries newest first, marks one handled, and can change nothing else', async ({
  studio,
}) => {
  await studio.goto('/structure')
  await studio.getByRole('link', { name: 'Enquiries', exact: true }).click()
  const listed = studio.getByRole('link', { name: /Enquirer/ })
  await expect(listed.first()).toContainText('Newer Enquirer', { timeout: 30_000 })
  await expect(listed.nth(1)).toContainText('Older Enquirer')
  // Only the site's server writes enquiries: neither the list pane nor the studio's global
  // "Create new document" menu (the one such button left) offers one.
  const create = studio.getByRole('button', { name: 'Create new document' })
  await expect(create).toHaveCount(1)
  await create.click()
  const offered = studio.getByRole('listbox', { name: 'new-document.new-document' })
  await expect(offered.getByRole('link', { name: 'Article' })).toBeVisible()
  await expect(offered.getByRole('link', { name: /Enquir/ })).toHaveCount(0)
  await studio.keyboard.press('Escape')

  await listed.first().click()
  const form = studio.getByTestId('document-panel-scroller')
  await expect(form).toBeVisible({ timeout: 30_000 })
  await expect(studio.getByTestId('field-name').locator('input')).toHaveAttribute('readonly', '', {
    timeout: 30_000,
  })
  await expect(studio.getByTestId('field-message').locator('textarea')).toHaveAttribute(
    'readonly',
    '',
  )
  await studio.getByRole('checkbox', { name: 'Handled' }).check()
  await expect(studio.getByTestId('action-publish')).toBeEnabled()
  await studio.getByTestId('action-publish').click()
  await expect
    .poll(() => lakeQuery<boolean>('*[_id == "enquiry.e2e-newer"][0].handled'), {
      timeout: 15_000,
    })
    .toBe(true)
})
