import { legalDocument } from '../lib/documents/pages'
import { modernSlavery } from './modern-slavery'
import { privacy } from './privacy'
import { terms } from './terms'

/** The three legal documents, in the order the footer links to them. */
export const legalDocuments = () => [privacy, terms, modernSlavery].map(legalDocument)
