'use client'

import { useActionState, useEffect, useRef, useState } from 'react'
import { freshFormToken, sendEnquiry } from '@/enquiries/actions'
import { ENQUIRY_TYPES, FIELD_LIMITS } from '@/enquiries/fields'
import {
  HONEYPOT_FIELD,
  INITIAL_FORM_STATE,
  TOKEN_FIELD,
  type EnquiryFormState,
} from '@/enquiries/form-state'
import { Field } from './Field'
import styles from './EnquiryForm.module.css'

/**
 * The enquiry form. Without JavaScript it posts and the whole page comes back (with errors and
 * what was typed, or "received"); with it, the same action answers in place.
 */
export function EnquiryForm({
  permalink,
  privacyHref,
  turnstileSiteKey,
}: {
  /** The page the form is on: without scripts it posts there (an empty `action` is not valid HTML). */
  permalink: string
  privacyHref: string
  turnstileSiteKey?: string
}) {
  const [state, action, pending] = useActionState(sendEnquiry, INITIAL_FORM_STATE, permalink)
  const [loadedToken, setLoadedToken] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)

  // The page's HTML may be cached: the fill time starts when the form became interactive.
  useEffect(() => {
    freshFormToken().then(setLoadedToken, () => undefined)
  }, [])

  useEffect(() => {
    if (state.status === 'received') return noticeRef.current?.focus()
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ;(firstInvalid ?? (state.notice ? noticeRef.current : null))?.focus()
  }, [state])

  if (state.status === 'received')
    return <Received reference={state.reference} noticeRef={noticeRef} />
  const {
    values = {},
    errors = {},
    notice,
  } = state as Extract<EnquiryFormState, { status: 'editing' }>
  return (
    <form
      ref={formRef}
      action={action}
      className={styles.form}
      noValidate
      aria-describedby={notice ? 'enquiry-notice' : undefined}
    >
      {notice && (
        <p id="enquiry-notice" ref={noticeRef} tabIndex={-1} role="alert" className={styles.notice}>
          {notice}
        </p>
      )}
      <input type="hidden" name={TOKEN_FIELD} value={state.token || loadedToken} />
      <Field name="name" label="Your name" error={errors.name}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="name"
            maxLength={FIELD_LIMITS.name}
            defaultValue={values.name}
          />
        )}
      </Field>
      <Field name="email" label="Email address" error={errors.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="email"
            maxLength={FIELD_LIMITS.email}
            defaultValue={values.email}
          />
        )}
      </Field>
      <Field name="organisation" label="Organisation (optional)" error={errors.organisation}>
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="organization"
            maxLength={FIELD_LIMITS.organisation}
            defaultValue={values.organisation}
          />
        )}
      </Field>
      <Field name="enquiryType" label="What is your enquiry about?" error={errors.enquiryType}>
        {(props) => (
          <select {...props} defaultValue={values.enquiryType ?? ENQUIRY_TYPES[0]}>
            {ENQUIRY_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </select>
        )}
      </Field>
      <Field name="message" label="How can we help?" error={errors.message}>
        {(props) => (
          <textarea
            {...props}
            rows={7}
            maxLength={FIELD_LIMITS.message}
            defaultValue={values.message}
          />
        )}
      </Field>
      <div className={styles.honeypot} aria-hidden="true">
        <label htmlFor="enquiry-website">Leave this field empty</label>
        <input
          id="enquiry-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <Field name="consent" label="" error={errors.consent} inline>
        {(props) => (
          <span className={styles.consent}>
            <input
              {...props}
              type="checkbox"
              value="yes"
              defaultChecked={values.consent === 'yes'}
            />
            <label htmlFor={props.id}>
              I agree that ChaffCent Ventures may use these details to answer my enquiry, as our{' '}
              <a href={privacyHref}>privacy notice</a> explains.
            </label>
          </span>
        )}
      </Field>
      {turnstileSiteKey && <Turnstile siteKey={turnstileSiteKey} />}
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? 'Sending…' : 'Send enquiry'}
      </button>
    </form>
  )
}

function Received({
  reference,
  noticeRef,
}: {
  reference: string
  noticeRef: React.RefObject<HTMLParagraphElement | null>
}) {
  return (
    <div className={styles.received} role="status">
      <p ref={noticeRef} tabIndex={-1} className={styles.receivedHeading}>
        Thank you: we have received your enquiry.
      </p>
      <p>
        One of the team will reply within two working days. If you need to refer to it, your
        reference is <span className={styles.reference}>{reference.slice(0, 8)}</span>.
      </p>
    </div>
  )
}

/** Cloudflare's challenge, only where its keys are configured (the CSP then allows it). */
function Turnstile({ siteKey }: { siteKey: string }) {
  return (
    <>
      <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer />
      <div className="cf-turnstile" data-sitekey={siteKey} />
    </>
  )
}
