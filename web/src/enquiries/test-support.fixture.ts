import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Enquiry } from './fields'
import { openEnquiryStore } from './store'

/** A store in a fresh temporary file. */
export const tempStore = () =>
  openEnquiryStore(path.join(mkdtempSync(path.join(os.tmpdir(), 'enquiries-')), 'store.sqlite'))

export const anEnquiry: Enquiry = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  organisation: 'Analytical Engines Ltd',
  enquiryType: 'Advisory engagement',
  message: 'We would like to talk about a market entry.',
  consent: 'yes',
}
