import { createHmac } from 'node:crypto'
import { BODY_LIMIT_BYTES, enquiryFields, FIELD_NAMES, type EnquiryField } from './fields'
import { issueFormToken, tokenIssuedAt } from './form-token'
import {
  HONEYPOT_FIELD,
  TOKEN_FIELD,
  TURNSTILE_FIELD,
  type EnquiryFormState,
  type FieldErrors,
  type FormValues,
} from './form-state'
import { REFUSALS } from './refusals'
import type { EnquiryStore, Sink } from './store'

const HOUR_MS = 60 * 60 * 1000

export interface SubmitContext {
  store: EnquiryStore
  sinks: Sink[]
  minFillMs: number
  hourlyLimit: number
  /** The visitor's address, as our own edge saw it; only a keyed hash of it is stored. */
  address: string
  now: number
  /** Cloudflare Turnstile's verdict on the form's challenge answer, when it is configured. */
  verifyChallenge?: (answer: string) => Promise<boolean>
}

/** Every posted value as text; a file or anything else counts as empty. */
function textOf(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * Checks one submission and commits it to the store before answering "received". Refusals
 * come back with what was typed, so nothing has to be written twice.
 */
export async function submitEnquiry(
  form: FormData,
  context: SubmitContext,
): Promise<EnquiryFormState> {
  const { store, now } = context
  const secret = store.secret()
  const values: FormValues = Object.fromEntries(
    FIELD_NAMES.map((name) => [name, textOf(form, name)]),
  )
  const givenToken = textOf(form, TOKEN_FIELD)
  const issued = tokenIssuedAt(secret, givenToken)
  const keepToken = issued === null ? issueFormToken(secret, now) : givenToken
  const again = (notice: string, errors?: FieldErrors): EnquiryFormState => ({
    status: 'editing',
    token: keepToken,
    values,
    errors,
    notice,
  })

  const bytes = [...form.values()].reduce(
    (total, value) => total + (typeof value === 'string' ? Buffer.byteLength(value) : value.size),
    0,
  )
  if (bytes > BODY_LIMIT_BYTES) return again(REFUSALS.tooLarge)
  if (textOf(form, HONEYPOT_FIELD) !== '') return again(REFUSALS.honeypot)
  // No token: the page was read without JavaScript (its token would be as old as the cached
  // page). One look over the details, with a fresh token, stands in for the fill time.
  if (issued === null) return again(REFUSALS.confirm)
  if (now - issued < context.minFillMs) return again(REFUSALS.tooFast)
  if (context.verifyChallenge && !(await context.verifyChallenge(textOf(form, TURNSTILE_FIELD))))
    return again(REFUSALS.challenge)

  const parsed = enquiryFields.safeParse(values)
  if (!parsed.success) {
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as EnquiryField
      errors[field] ??= issue.message
    }
    return again(REFUSALS.invalid, errors)
  }

  const addressKey = createHmac('sha256', secret).update(context.address).digest('base64url')
  if (store.recordAttempt(addressKey, now, now - HOUR_MS) > context.hourlyLimit)
    return again(REFUSALS.rateLimited)
  const reference = store.add(parsed.data, context.sinks, now)
  return { status: 'received', reference }
}
