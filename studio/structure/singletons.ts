import {
  isFixedDocument,
  singletonId,
  typesWhere,
  type FixedDocument,
  type SingletonType,
} from '@chaffcent/content'
import type { ComponentType } from 'react'
import type { DocumentActionsResolver, TemplateResolver } from 'sanity'
import type { StructureBuilder } from 'sanity/structure'
import { ENQUIRY_TYPE, enquiryActions } from './enquiries'

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

/**
 * Editors create only the types the content-type table lets them: fixed documents already
 * exist, and enquiries are written by the site's server alone.
 */
const creatable = new Set<string>(typesWhere('editors', 'create'))

export const singletonTemplates: TemplateResolver = (templates) =>
  templates.filter(({ schemaType }) => creatable.has(schemaType))

/** Fixed documents (singletons, the four first pages, legal documents) keep only SINGLETON_ACTIONS. */
export const singletonActions: DocumentActionsResolver = (actions, { schemaType, documentId }) =>
  schemaType === ENQUIRY_TYPE
    ? enquiryActions(actions)
    : isFixedDocument(schemaType, documentId ?? '')
      ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
      : actions
