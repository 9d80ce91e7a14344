import type { EnquiryField } from './fields'

/**
 * What the form shows after a submission. `token` is the signed time the form was handed out;
 * `values` keeps what was typed when the form comes back with errors (in the page, never a URL).
 */
export type EnquiryFormState =
  | { status: 'editing'; token: string; values?: FormValues; errors?: FieldErrors; notice?: string }
  | { status: 'received'; reference: string }

export type FormValues = Partial<Record<EnquiryField, string>>
export type FieldErrors = Partial<Record<EnquiryField, string>>

/** The honeypot: hidden from people, tempting to scripts that fill every field. */
export const HONEYPOT_FIELD = 'website'
export const TOKEN_FIELD = 'formToken'
export const TURNSTILE_FIELD = 'cf-turnstile-response'

export const INITIAL_FORM_STATE: EnquiryFormState = { status: 'editing', token: '' }
