import { page } from '../lib/documents/pages'
import { contact } from './contact'
import { partnerships } from './partnerships'
import { whatWeDo } from './what-we-do'
import { whoWeAre } from './who-we-are'

/** The four editable pages, in the order the navigation lists them. */
export const pageDocuments = () => [whoWeAre, whatWeDo, partnerships, contact].map(page)
