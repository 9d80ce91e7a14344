import { CogIcon } from '@sanity/icons/Cog'
import { HomeIcon } from '@sanity/icons/Home'
import { TargetIcon } from '@sanity/icons/Target'
import { orderableDocumentListDeskItem } from '@sanity/orderable-document-list'
import type { StructureResolver } from 'sanity/structure'
import { insightsListItem } from './insights'
import { singletonListItem } from './singletons'

export { singletonActions, singletonTemplates } from './singletons'

/** The desk: the two singletons first, then each kind of content. */
export const deskStructure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      singletonListItem(S, 'siteSettings', 'Site settings', CogIcon),
      singletonListItem(S, 'home', 'Home page', HomeIcon),
      S.divider(),
      insightsListItem(S),
      // Sectors are listed in the order editors drag them into; the site follows it.
      orderableDocumentListDeskItem({
        type: 'sector',
        title: 'Sectors',
        icon: TargetIcon,
        S,
        context,
      }),
      S.documentTypeListItem('venture').title('Ventures'),
      S.documentTypeListItem('page').title('Pages'),
      S.documentTypeListItem('legalDocument').title('Legal documents'),
    ])
