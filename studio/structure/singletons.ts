import { SINGLETON_IDS, SINGLETON_TYPES } from '@chaffcent/content'
import { FIXED_DOCUMENT_TYPES, type FixedDocument } from '@chaffcent/content/fixed-documents'
import type { ComponentType } from 'react'
import type { DocumentActionsResolver, TemplateResolver } from 'sanity'
import type { StructureBuilder } from 'sanity/structure'
import { ENQUIRY_TYPE, enquiryActions } from './enquiries'

type SingletonType = (typeof SINGLETON_TYPES)[number]

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
    .id(SINGLETON_IDS[type])
    .icon(icon)
    .child(S.document().schemaType(type).documentId(SINGLETON_IDS[type]).title(title))
}

/** A desk item that opens one fixed page or legal document, at its fixed id. */
export function fixedDocumentListItem(S: StructureBuilder, doc: FixedDocument) {
  return S.listItem()
    .title(doc.title)
    .id(doc.id)
    .child(S.document().schemaType(doc.type).documentId(doc.id).title(doc.title))
}

/** Fixed documents cannot be created from the "new document" menu: each already exists. */
/** Nor can enquiries: only the site's server writes them. */
export const singletonTemplates: TemplateResolver = (templates) =>
  templates.filter(({ schemaType }) => !fixedTypes.has(schemaType) && schemaType !== ENQUIRY_TYPE)

export const singletonActions: DocumentActionsResolver = (actions, { schemaType }) =>
  schemaType === ENQUIRY_TYPE
    ? enquiryActions(actions)
    : fixedTypes.has(schemaType)
      ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
      : actions
