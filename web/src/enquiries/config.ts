import path from 'node:path'
import { readSiteEnv, type EnvironmentSource } from '@/env'

const DAY_MS = 24 * 60 * 60 * 1000

/** A whole number from the environment, or the fallback when unset, blank or not a number. */
function whole(value: string | undefined, fallback: number): number {
  const parsed = Number(value?.trim() || NaN)
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback
}

/**
 * Everything the enquiry form reads from the environment, in one place. The store's file
 * lives outside the build folder (a new build must not lose enquiries): `.enquiries/` beside
 * the site by default, which git ignores.
 */
export function enquiryConfig(source: EnvironmentSource = process.env) {
  const env = readSiteEnv(source)
  const write = env.SANITY_WRITE_TOKEN?.trim()
  const projectId = env.SANITY_PROJECT_ID?.trim()
  const dataset = env.SANITY_DATASET?.trim()
  const smtpUrl = env.SMTP_URL?.trim()
  const emailTo = env.ENQUIRY_EMAIL_TO?.trim()
  const turnstileSite = env.TURNSTILE_SITE_KEY?.trim()
  const turnstileSecret = env.TURNSTILE_SECRET_KEY?.trim()
  return {
    storePath: path.resolve(
      env.ENQUIRY_STORE_PATH?.trim() ||
        path.join(/*turbopackIgnore: true*/ process.cwd(), '.enquiries', 'enquiries.sqlite'),
    ),
    retentionMs: whole(env.ENQUIRY_RETENTION_DAYS, 365) * DAY_MS,
    /** Enquiries one address may send in an hour. */
    hourlyLimit: whole(env.ENQUIRY_HOURLY_LIMIT, 5),
    /** No person reads and answers a form faster than this. */
    minFillMs: whole(env.ENQUIRY_MIN_FILL_SECONDS, 3) * 1000,
    lake:
      write && projectId && dataset
        ? {
            token: write,
            projectId,
            dataset,
            apiHost: env.SANITY_API_HOST,
            apiVersion: env.SANITY_API_VERSION,
          }
        : null,
    email:
      smtpUrl && emailTo
        ? { smtpUrl, to: emailTo, from: env.ENQUIRY_EMAIL_FROM?.trim() || emailTo }
        : null,
    turnstile:
      turnstileSite && turnstileSecret ? { siteKey: turnstileSite, secret: turnstileSecret } : null,
  }
}

export type EnquiryConfig = ReturnType<typeof enquiryConfig>
