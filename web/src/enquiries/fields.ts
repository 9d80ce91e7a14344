import { z } from 'zod'

/** What a visitor can ask about, as the firm sorts its enquiries. */
export const ENQUIRY_TYPES = [
  'General enquiry',
  'Advisory engagement',
  'Ventures and partnerships',
  'Media',
] as const

/** Longest accepted value of each field, in characters; the message is the only long one. */
export const FIELD_LIMITS = { name: 120, email: 254, organisation: 160, message: 5000 } as const

/** A whole submission may not be larger than this many bytes (every field at its limit fits). */
export const BODY_LIMIT_BYTES = 32 * 1024

/** Control characters other than line breaks and tabs: nothing a person types. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please shorten your ${label} to ${max} characters or fewer.`)
    .refine((value) => !CONTROL.test(value), `Please use plain text in your ${label}.`)

/** The fields a visitor fills in, checked on the server; the messages are shown beside each. */
export const enquiryFields = z.object({
  name: text('name', FIELD_LIMITS.name).min(1, 'Please tell us your name.'),
  email: z
    .string()
    .trim()
    .max(FIELD_LIMITS.email, 'Please check your email address: it is too long.')
    .pipe(z.email('Please enter an email address like name@example.com.')),
  organisation: text('organisation', FIELD_LIMITS.organisation),
  enquiryType: z.enum(ENQUIRY_TYPES, 'Please choose what your enquiry is about.'),
  message: text('message', FIELD_LIMITS.message).min(1, 'Please tell us how we can help.'),
  consent: z.literal('yes', 'Please confirm you have read how we use your details.'),
})

export type Enquiry = z.infer<typeof enquiryFields>
export type EnquiryField = keyof Enquiry
export const FIELD_NAMES = Object.keys(enquiryFields.shape) as EnquiryField[]
