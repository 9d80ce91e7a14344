import { TYPE } from '@chaffcent/content/content-types'
import { InboxIcon } from '@sanity/icons/Inbox'
import type { StructureBuilder } from 'sanity/structure'

/** The site's server writes enquiries; editors read them and mark them handled, nothing more. */
export const ENQUIRY_TYPE = TYPE.enquiry
const ENQUIRY_ACTIONS = new Set(['publish', 'discardChanges'])

/** Visitors' enquiries, newest first, with no "create" button. */
export function enquiriesListItem(S: StructureBuilder) {
  return S.listItem()
    .title('Enquiries')
    .id(ENQUIRY_TYPE)
    .icon(InboxIcon)
    .child(
      S.documentTypeList(ENQUIRY_TYPE)
        .title('Enquiries')
        .defaultOrdering([{ field: 'receivedAt', direction: 'desc' }])
        .initialValueTemplates([])
        .menuItems([]),
    )
}

/** An enquiry is only ever marked handled and published: no duplicate, no unpublish. */
export const enquiryActions = <T extends { action?: string }>(actions: T[]): T[] =>
  actions.filter(({ action }) => action !== undefined && ENQUIRY_ACTIONS.has(action))
