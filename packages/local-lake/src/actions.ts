import type { Dataset, LakeDocument } from './dataset'
import { badRequest, LakeError } from './http'
import type { SanityMutation } from './mutations'

type Action = { actionType?: string; [field: string]: unknown }

const str = (value: unknown, name: string) => {
  if (typeof value !== 'string' || !value) throw badRequest(`The action needs "${name}"`)
  return value
}
const missing = (id: string) => new LakeError(409, 'actionError', `Document "${id}" does not exist`)
/** A copy of a stored document under another id, without the fields the lake sets itself. */
const copyAs = (doc: LakeDocument, _id: string) => {
  const { _rev: _r, _updatedAt: _u, ...fields } = doc
  return { ...fields, _id }
}

/**
 * The Actions API (`/data/actions`), which the studio uses to create, edit, publish, unpublish,
 * discard and delete, translated into the equivalent mutations, as the Content Lake records them.
 */
export function actionToMutations(action: Action, dataset: Dataset): SanityMutation[] {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const attributes = action.attributes as LakeDocument
      const kind = action.ifExists === 'ignore' ? 'createIfNotExists' : 'create'
      return [{ [kind]: attributes }]
    }
    case 'sanity.action.document.replaceDraft':
      return [{ createOrReplace: action.attributes as LakeDocument }]
    case 'sanity.action.document.edit': {
      const draftId = str(action.draftId, 'draftId')
      const publishedId = str(action.publishedId, 'publishedId')
      // An edit of a published document starts its draft from it; a draft made earlier in
      // the same request is kept (createIfNotExists), and a patch of nothing fails as a mutation.
      const published = dataset.get(publishedId)
      const start = published ? [{ createIfNotExists: copyAs(published, draftId) }] : []
      return [...start, { patch: { ...(action.patch as object), id: draftId } }]
    }
    case 'sanity.action.document.publish': {
      const draftId = str(action.draftId, 'draftId')
      const draft = dataset.get(draftId)
      if (!draft) throw missing(draftId)
      const publishedId = str(action.publishedId, 'publishedId')
      return [{ createOrReplace: copyAs(draft, publishedId) }, { delete: { id: draftId } }]
    }
    case 'sanity.action.document.unpublish': {
      const publishedId = str(action.publishedId, 'publishedId')
      const published = dataset.get(publishedId)
      if (!published) throw missing(publishedId)
      const draft = { createIfNotExists: copyAs(published, str(action.draftId, 'draftId')) }
      return [draft, { delete: { id: publishedId } }]
    }
    case 'sanity.action.document.discard':
      return [{ delete: { id: str(action.draftId, 'draftId') } }]
    case 'sanity.action.document.version.discard':
      return [{ delete: { id: str(action.versionId, 'versionId') } }]
    case 'sanity.action.document.delete': {
      const drafts = Array.isArray(action.includeDrafts) ? (action.includeDrafts as string[]) : []
      const ids = [str(action.publishedId, 'publishedId'), ...drafts]
      return ids.map((id) => ({ delete: { id } }))
    }
    case 'sanity.action.document.version.create': {
      const document = action.document as LakeDocument | undefined
      if (document) return [{ create: document }]
      const base = dataset.get(str(action.baseId, 'baseId'))
      if (!base) throw missing(String(action.baseId))
      return [{ create: copyAs(base, str(action.versionId, 'versionId')) }]
    }
    default:
      throw badRequest(`The local Content Lake does not know the action "${action.actionType}"`)
  }
}
