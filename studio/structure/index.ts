import { CogIcon } from '@sanity/icons/Cog'
import { HomeIcon } from '@sanity/icons/Home'
import { TargetIcon } from '@sanity/icons/Target'
import { UsersIcon } from '@sanity/icons/Users'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { LockIcon } from '@sanity/icons/Lock'
import { ThListIcon } from '@sanity/icons/ThList'
import { orderableDocumentListDeskItem } from '@sanity/orderable-document-list'
import { SITE_ROUTES } from '@chaffcent/content'
import { LISTING_ROUTES, TYPE } from '@chaffcent/content/content-types'
import {
  FIXED_DOCUMENTS,
  LISTING_PAGE_IDS,
  type FixedDocument,
} from '@chaffcent/content/fixed-documents'
import type { ComponentType } from 'react'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import { enquiriesListItem } from './enquiries'
import { insightsListItem } from './insights'
import { fixedDocumentListItem, singletonListItem } from './singletons'

export { singletonActions, singletonTemplates } from './singletons'

/** A folder of the fixed documents of one type: one pinned item each, nothing to add. */
function fixedFolder(
  S: StructureBuilder,
  type: FixedDocument['type'],
  title: string,
  icon: ComponentType,
) {
  const items = FIXED_DOCUMENTS.filter((doc) => doc.type === type)
  return S.listItem()
    .title(title)
    .id(type)
    .icon(icon)
    .child(
      S.list()
        .title(title)
        .items(items.map((doc) => fixedDocumentListItem(S, doc))),
    )
}

/** The Insights, Sectors and Ventures listings' own copy: one pinned item each. */
function listingPagesFolder(S: StructureBuilder) {
  const items = LISTING_ROUTES.map((route) => {
    const title = SITE_ROUTES[route].label
    return S.listItem()
      .title(title)
      .id(LISTING_PAGE_IDS[route])
      .child(
        S.document().schemaType(TYPE.listingPage).documentId(LISTING_PAGE_IDS[route]).title(title),
      )
  })
  return S.listItem()
    .title('Listing pages')
    .id(TYPE.listingPage)
    .icon(ThListIcon)
    .child(S.list().title('Listing pages').items(items))
}

/** The desk: the two singletons first, then each kind of content. */
export const deskStructure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      singletonListItem(S, TYPE.siteSettings, 'Site settings', CogIcon),
      singletonListItem(S, TYPE.home, 'Home page', HomeIcon),
      S.divider(),
      insightsListItem(S),
      // Sectors are listed in the order editors drag them into; the site follows it.
      orderableDocumentListDeskItem({
        type: TYPE.sector,
        title: 'Sectors',
        icon: TargetIcon,
        S,
        context,
      }),
      S.documentTypeListItem(TYPE.venture).title('Ventures'),
      S.documentTypeListItem(TYPE.person).title('People').icon(UsersIcon),
      // Every page, the four fixed ones among them (whose menus offer no delete), and a button for a new one.
      S.documentTypeListItem(TYPE.page)
        .title('Pages')
        .icon(DocumentsIcon)
        .child(
          S.documentTypeList(TYPE.page)
            .title('Pages')
            .defaultOrdering([{ field: 'title', direction: 'asc' }]),
        ),
      listingPagesFolder(S),
      fixedFolder(S, TYPE.legalDocument, 'Legal documents', LockIcon),
      S.divider(),
      // Kept apart from the content: most are made by the studio when a published address changes.
      S.documentTypeListItem(TYPE.redirect).title('Redirects'),
      S.divider(),
      enquiriesListItem(S),
    ])
