import { SINGLETON_IDS, SINGLETON_TYPES } from '@chaffcent/content'
import type { ComponentType } from 'react'
import type { DocumentActionsResolver, TemplateResolver } from 'sanity'
import type { StructureBuilder } from 'sanity/structure'

type SingletonType = (typeof SINGLETON_TYPES)[number]

const singletonTypes = new Set<string>(SINGLETON_TYPES)

/** Editors only ever change and publish a singleton: no duplicate, delete or unpublish. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

/** A desk item that opens the one document of a singleton type, at its fixed id. */
export function singletonListItem(
  S: StructureBuilder,
  type: SingletonType,
  title: string,
  icon: ComponentType,
) {
  return S.listItem()
    .title(title)
    .id(SINGLETON_IDS[type])
    .icon(icon)
    .child(S.document().schemaType(type).documentId(SINGLETON_IDS[type]).title(title))
}

/** Singletons cannot be created from the "new document" menu: there is only ever one. */
export const singletonTemplates: TemplateResolver = (templates) =>
  templates.filter(({ schemaType }) => !singletonTypes.has(schemaType))

export const singletonActions: DocumentActionsResolver = (actions, { schemaType }) =>
  singletonTypes.has(schemaType)
    ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
    : actions
