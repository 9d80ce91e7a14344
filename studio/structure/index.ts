import { CogIcon } from '@sanity/icons/Cog'
import { SINGLETON_IDS, SINGLETON_TYPES } from '@chaffcent/content'
import type { DocumentActionsResolver, TemplateResolver } from 'sanity'
import type { StructureResolver } from 'sanity/structure'

const singletonTypes = new Set<string>(SINGLETON_TYPES)

/** The desk: singletons first as fixed items, then each kind of content. */
export const deskStructure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Site settings')
        .id(SINGLETON_IDS.siteSettings)
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SINGLETON_IDS.siteSettings)),
    ])

/** Singletons cannot be created from the "new document" menu: there is only ever one. */
export const singletonTemplates: TemplateResolver = (templates) =>
  templates.filter(({ schemaType }) => !singletonTypes.has(schemaType))

/** Singletons cannot be duplicated, deleted or unpublished; editors only publish them. */
export const singletonActions: DocumentActionsResolver = (actions, { schemaType }) =>
  singletonTypes.has(schemaType)
    ? actions.filter(
        ({ action }) => action === 'publish' || action === 'discardChanges' || action === 'restore',
      )
    : actions
