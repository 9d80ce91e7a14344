import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, expect, test } from '@playwright/test'
import type { NextServer } from '../../../scripts/processes/next-server.ts'
import {
  enquiriesInLake,
  ENQUIRY_INBOX,
  prepareEnquiryServers,
  startEnquiryLake,
  startEnquirySite,
  startSmtp,
} from '../../support/enquiry-servers'
import { fillEnquiry, openContact, readLikeAPerson, RECEIVED, send } from './form'

test.describe.configure({ mode: 'serial' })

let lake: Awaited<ReturnType<typeof startEnquiryLake>> | undefined
let smtp: Awaited<ReturnType<typeof startSmtp>>
let site: NextServer

test.beforeAll(async () => {
  test.setTimeout(120_000)
  prepareEnquiryServers()
  lake = await startEnquiryLake()
  smtp = await startSmtp()
  site = await startEnquirySite()
})

test.afterAll(async () => {
  await site?.stop()
  await smtp?.stop()
  await lake?.stop()
})

/** A form token as a page opened just now receives it. */
async function freshToken(context: BrowserContext): Promise<string> {
  const page = await context.newPage()
  await openContact(page)
  const token = await page.locator('input[name="formToken"]').inputValue()
  await page.close()
  return token
}

/** Waits for an enquiry to reach both sinks, then checks it reached each exactly once. */
async function expectDeliveredOnce(name: string, timeout = 30_000) {
  await expect.poll(async () => (await enquiriesInLake(name)).length, { timeout }).toBe(1)
  await expect.poll(() => smtp.mentioning(name).length, { timeout }).toBe(1)
}

test('a visitor sends an enquiry with JavaScript: received in place, in the Lake and by email', async ({
  page,
}) => {
  await openContact(page)
  await fillEnquiry(page, 'Grace Hopper')
  await readLikeAPerson(page)
  let reloaded = false
  page.on('framenavigated', () => (reloaded = true))
  const answer = page.waitForResponse((response) => response.request().method() === 'POST')
  await send(page)
  expect((await answer).headers()['cache-control']).toContain('no-store')
  await expect(page.getByText(RECEIVED)).toBeFocused()
  expect(reloaded).toBe(false)
  expect(page.url()).toMatch(/\/contact$/)
  await expectDeliveredOnce('Grace Hopper')
  const [document] = await enquiriesInLake('Grace Hopper')
  expect(document).toMatchObject({
    _type: 'enquiry',
    email: 'visitor@example.com',
    organisation: 'Example Holdings Ltd',
    enquiryType: 'Advisory engagement',
    handled: false,
  })
  const [mail] = smtp.mentioning('Grace Hopper')
  expect(mail).toContain(`To: ${ENQUIRY_INBOX}`)
  expect(mail).toContain('Reply-To: visitor@example.com')
  expect(mail).toMatch(/Content-Type: text\/plain/i)
})

test('a visitor sends an enquiry without JavaScript: a whole page each time, nothing typed lost', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await openContact(page, { javaScript: false })
  await fillEnquiry(page, 'Alan Turing')
  await send(page)
  // The cached page's form carries no fresh token: one look over the details stands in for it.
  await expect(page.getByText('Please check your details below')).toBeVisible()
  await expect(page.getByLabel('Your name')).toHaveValue('Alan Turing')
  await expect(page.getByRole('checkbox', { name: /privacy notice/ })).toBeChecked()
  await readLikeAPerson(page)
  const answer = page.waitForResponse((response) => response.request().method() === 'POST')
  await send(page)
  expect((await answer).headers()['cache-control']).toContain('no-store')
  await expect(page.getByText(RECEIVED)).toBeVisible()
  expect(page.url()).toMatch(/\/contact$/)
  await expectDeliveredOnce('Alan Turing')
  await context.close()
})

test('mistakes are named beside their fields, the first one focused, and the page stays accessible', async ({
  page,
}) => {
  await openContact(page)
  await page.getByLabel('Email address').fill('not-an-address')
  await readLikeAPerson(page)
  await send(page)
  const name = page.getByLabel('Your name')
  await expect(name).toBeFocused()
  await expect(name).toHaveAccessibleDescription('Please tell us your name.')
  await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(
    'Please enter an email address like name@example.com.',
  )
  await expect(page.getByLabel('Email address')).toHaveValue('not-an-address')
  const { violations } = await new AxeBuilder({ page }).include('form').analyze()
  expect(violations).toEqual([])
})

test('spam and oversize are refused with a clear message, and nothing is stored or sent', async ({
  page,
}) => {
  await openContact(page)
  await fillEnquiry(page, 'Quick Script')
  // However slowly this machine filled the form, the script sends a token handed out just now.
  await page
    .locator('input[name="formToken"]')
    .evaluate(
      (input: HTMLInputElement, token) => (input.value = token),
      await freshToken(page.context()),
    )
  await send(page)
  await expect(page.locator('#enquiry-notice')).toContainText(
    'quicker than we expect a person to be',
  )

  await openContact(page)
  await fillEnquiry(page, 'Honey Pot')
  await page
    .locator('input[name="website"]')
    .evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'))
  await readLikeAPerson(page)
  await send(page)
  await expect(page.locator('#enquiry-notice')).toContainText('looks automated')

  await openContact(page)
  // Past the field's own limit: a script, or a browser that ignores maxlength.
  await page.getByLabel('How can we help?').evaluate((area) => area.removeAttribute('maxlength'))
  await fillEnquiry(page, 'Long Winded', 'word '.repeat(1100))
  await readLikeAPerson(page)
  await send(page)
  await expect(page.getByLabel('How can we help?')).toHaveAccessibleDescription(
    'Please shorten your message to 5000 characters or fewer.',
  )
  await fillEnquiry(page, 'Long Winded', 'word '.repeat(8000))
  await send(page)
  await expect(page.locator('#enquiry-notice')).toContainText('longer than we can accept')

  // A later enquiry arriving shows the worker has passed over anything refused before it.
  await openContact(page)
  await fillEnquiry(page, 'After The Spam')
  await readLikeAPerson(page)
  await send(page)
  await expectDeliveredOnce('After The Spam')
  for (const name of ['Quick Script', 'Honey Pot', 'Long Winded']) {
    expect(await enquiriesInLake(name)).toEqual([])
    expect(smtp.mentioning(name)).toEqual([])
  }
})

test('with the Lake down and the site restarted mid-delivery, the enquiry arrives once', async ({
  page,
}) => {
  await lake!.stop()
  lake = undefined
  await openContact(page)
  await fillEnquiry(page, 'Ada Lovelace')
  await readLikeAPerson(page)
  await send(page)
  await expect(page.getByText(RECEIVED)).toBeVisible()
  // Email is up: it goes now. The Lake is down: its delivery waits, retried with backoff.
  await expect.poll(() => smtp.mentioning('Ada Lovelace').length, { timeout: 30_000 }).toBe(1)

  await site.stop()
  site = await startEnquirySite()
  lake = await startEnquiryLake()
  // Backoff doubles each wait (capped at ten minutes): after a short outage, under a minute.
  await expectDeliveredOnce('Ada Lovelace', 60_000)

  // One more enquiry through the restarted site and back Lake: by the time it has arrived,
  // any second delivery of the first would have happened too.
  await openContact(page)
  await fillEnquiry(page, 'Mary Somerville')
  await readLikeAPerson(page)
  await send(page)
  await expectDeliveredOnce('Mary Somerville')
  expect(await enquiriesInLake('Ada Lovelace')).toHaveLength(1)
  expect(smtp.mentioning('Ada Lovelace')).toHaveLength(1)
})
