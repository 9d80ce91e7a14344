import {
  FIXED_DOCUMENT_TYPES,
  SINGLETON_TYPES,
  singletonId,
  typesWhere,
  type FixedDocument,
  type SingletonType,
} from '@chaffcent/content'
import type { ComponentType } from 'react'
import type { DocumentActionsResolver, TemplateResolver } from 'sanity'
import type { StructureBuilder } from 'sanity/structure'

/** Types whose documents all live at fixed ids: the singletons, the pages and the legal documents. */
const fixedTypes = new Set<string>([...SINGLETON_TYPES, ...FIXED_DOCUMENT_TYPES])

/** Editors only ever change and publish a fixed document: no duplicate, delete or unpublish. */
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
    .id(singletonId(type))
    .icon(icon)
    .child(S.document().schemaType(type).documentId(singletonId(type)).title(title))
}

/** A desk item that opens one fixed page or legal document, at its fixed id. */
export function fixedDocumentListItem(S: StructureBuilder, doc: FixedDocument) {
  return S.listItem()
    .title(doc.title)
    .id(doc.id)
    .child(S.document().schemaType(doc.type).documentId(doc.id).title(doc.title))
}

/** Editors create only the types the content-type table lets them: fixed documents already exist. */
const creatable = new Set<string>(typesWhere('editors', 'create'))

export const singletonTemplates: TemplateResolver = (templates) =>
  templates.filter(({ schemaType }) => creatable.has(schemaType))

export const singletonActions: DocumentActionsResolver = (actions, { schemaType }) =>
  fixedTypes.has(schemaType)
    ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
    : actions
