import { describe, expect, it } from 'vitest'
import { FIELD_LIMITS } from './fields'
import { issueFormToken } from './form-token'
import { REFUSALS } from './refusals'
import { submitEnquiry, type SubmitContext } from './submit'
import { anEnquiry, tempStore } from './test-support.fixture'

const MIN_FILL = 3000

function setUp(overrides: Partial<SubmitContext> = {}) {
  const store = tempStore()
  const context: SubmitContext = {
    store,
    sinks: ['lake'],
    minFillMs: MIN_FILL,
    hourlyLimit: 2,
    address: '203.0.113.9',
    now: 100_000,
    ...overrides,
  }
  const form = (fields: Record<string, string> = {}, token = issueFormToken(store.secret(), 0)) => {
    const data = new FormData()
    for (const [name, value] of Object.entries({ ...anEnquiry, formToken: token, ...fields }))
      data.set(name, value)
    return data
  }
  return { store, context, form }
}

describe('submitting an enquiry', () => {
  it('stores a valid enquiry and only then answers received', async () => {
    const { store, context, form } = setUp()
    const state = await submitEnquiry(form(), context)
    expect(state.status).toBe('received')
    expect(store.count()).toBe(1)
    expect(store.claimDue(context.now, 1)[0]?.enquiry).toEqual(anEnquiry)
  })

  it('answers each invalid field with its own message and keeps what was typed', async () => {
    const { store, context, form } = setUp()
    const state = await submitEnquiry(
      form({
        name: ' ',
        email: 'not-an-address',
        consent: '',
        message: 'x'.repeat(FIELD_LIMITS.message + 1),
      }),
      context,
    )
    expect(state).toMatchObject({
      status: 'editing',
      notice: REFUSALS.invalid,
      values: { email: 'not-an-address', organisation: anEnquiry.organisation },
      errors: {
        name: 'Please tell us your name.',
        email: 'Please enter an email address like name@example.com.',
        consent: 'Please confirm you have read how we use your details.',
        message: `Please shorten your message to ${FIELD_LIMITS.message} characters or fewer.`,
      },
    })
    expect(store.count()).toBe(0)
  })

  it('refuses control characters: plain text only', async () => {
    const { context, form } = setUp()
    const state = await submitEnquiry(form({ name: 'Ada\u0000' }), context)
    expect(state).toMatchObject({ errors: { name: 'Please use plain text in your name.' } })
  })

  it('refuses a body over the size limit before reading its fields', async () => {
    const { store, context, form } = setUp()
    const state = await submitEnquiry(form({ padding: 'x'.repeat(40_000) }), context)
    expect(state).toMatchObject({ notice: REFUSALS.tooLarge })
    expect(store.count()).toBe(0)
  })

  it('refuses a filled honeypot', async () => {
    const { store, context, form } = setUp()
    expect(await submitEnquiry(form({ website: 'https://spam.example' }), context)).toMatchObject({
      notice: REFUSALS.honeypot,
    })
    expect(store.count()).toBe(0)
  })

  it('refuses a form sent faster than a person fills it, and a forged time', async () => {
    const { store, context, form } = setUp()
    const fresh = issueFormToken(store.secret(), context.now - MIN_FILL + 1)
    expect(await submitEnquiry(form({}, fresh), context)).toMatchObject({
      notice: REFUSALS.tooFast,
    })
    const forged = issueFormToken('not the secret', 0)
    const state = await submitEnquiry(form({}, forged), context)
    expect(state).toMatchObject({ notice: REFUSALS.confirm })
    expect(store.count()).toBe(0)
  })

  it('asks a form with no token (read without JavaScript) to confirm, with a fresh token', async () => {
    const { context, form } = setUp()
    const first = await submitEnquiry(form({}, ''), context)
    expect(first).toMatchObject({
      status: 'editing',
      notice: REFUSALS.confirm,
      values: { name: 'Ada Lovelace' },
    })
    const token = first.status === 'editing' ? first.token : ''
    const later = { ...context, now: context.now + MIN_FILL }
    expect((await submitEnquiry(form({}, token), later)).status).toBe('received')
  })

  it('accepts an hourly number of enquiries from one address, then refuses until the hour passes', async () => {
    const { store, context, form } = setUp()
    expect((await submitEnquiry(form(), context)).status).toBe('received')
    expect((await submitEnquiry(form(), context)).status).toBe('received')
    expect(await submitEnquiry(form(), context)).toMatchObject({ notice: REFUSALS.rateLimited })
    const other = { ...context, address: '198.51.100.4' }
    expect((await submitEnquiry(form(), other)).status).toBe('received')
    const nextHour = { ...context, now: context.now + 60 * 60 * 1000 + 1 }
    expect((await submitEnquiry(form(), nextHour)).status).toBe('received')
    expect(store.count()).toBe(4)
  })

  it('refuses when a configured challenge is not passed', async () => {
    const { context, form } = setUp({ verifyChallenge: async (answer) => answer === 'ok' })
    expect(await submitEnquiry(form(), context)).toMatchObject({ notice: REFUSALS.challenge })
    const passed = await submitEnquiry(form({ 'cf-turnstile-response': 'ok' }), context)
    expect(passed.status).toBe('received')
  })
})
