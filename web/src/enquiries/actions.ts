'use server'

import { headers } from 'next/headers'
import type { EnquiryFormState } from './form-state'
import { REFUSALS } from './refusals'
import { enquiryService } from './service'
import { submitEnquiry } from './submit'
import { turnstileVerifier } from './turnstile'

/**
 * The visitor's address: the last X-Forwarded-For entry is the one our own edge (or Next's
 * server, without one) added; earlier entries are whatever the client claimed.
 */
async function visitorAddress(): Promise<string> {
  const forwarded = (await headers()).get('x-forwarded-for') ?? ''
  return forwarded.split(',').pop()?.trim() || 'unknown'
}

/** The enquiry form's action: with JavaScript it answers in place, without it the whole page. */
export async function sendEnquiry(
  _previous: EnquiryFormState,
  form: FormData,
): Promise<EnquiryFormState> {
  try {
    const { config, store, sinkNames } = enquiryService()
    const state = await submitEnquiry(form, {
      store,
      sinks: sinkNames,
      minFillMs: config.minFillMs,
      hourlyLimit: config.hourlyLimit,
      address: await visitorAddress(),
      now: Date.now(),
      verifyChallenge: config.turnstile ? turnstileVerifier(config.turnstile.secret) : undefined,
    })
    if (state.status === 'received') console.log(`[enquiries] received ${state.reference}`)
    return state
  } catch (error) {
    // The store could not commit it: say so rather than claim it was received.
    console.error(`[enquiries] could not store an enquiry: ${String(error).slice(0, 200)}`)
    return { status: 'editing', token: '', notice: REFUSALS.unavailable }
  }
}

/** A fresh form token for a page whose HTML was cached: fetched once the form is interactive. */
export async function freshFormToken(): Promise<string> {
  const { issueFormToken } = await import('./form-token')
  return issueFormToken(enquiryService().store.secret(), Date.now())
}
