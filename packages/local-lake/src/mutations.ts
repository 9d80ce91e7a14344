import { randomUUID } from 'node:crypto'
import { Mutation } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { Dataset, LakeDocument } from './dataset'
import { badRequest, LakeError } from './http'

/** One of Sanity's mutations: `{ create: {...} }`, `{ patch: { id, set } }`, `{ delete: { id } }`... */
export type SanityMutation = Record<string, Record<string, unknown>>

/** What a transaction did to one document: the listener's and the webhook's unit. */
export interface DocumentChange {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  /** The mutations that turn `before` into `after`, by id: the studio replays them. */
  mutations: SanityMutation[]
}

export const newId = () => randomUUID().replaceAll('-', '').slice(0, 22)
const conflict = (what: string) => new LakeError(409, 'mutationError', what)

/** The ids a mutation targets; creates without an id (or with a `prefix.`) are given one. */
async function targetsOf(kind: string, body: Record<string, unknown>, dataset: Dataset) {
  if (kind.startsWith('create')) {
    const id = typeof body._id === 'string' ? body._id : ''
    body._id = !id || id.endsWith('.') ? `${id}${newId()}` : id
    return [body._id as string]
  }
  if (typeof body.id === 'string') return [body.id]
  if (typeof body.query === 'string') {
    const params = (body.params ?? {}) as Record<string, unknown>
    const found = await (
      await evaluate(parse(body.query, { params }), { dataset: dataset.all(), params })
    ).get()
    return (Array.isArray(found) ? found : []).map((doc: LakeDocument) => doc._id)
  }
  throw badRequest(`The ${kind} mutation names no document`)
}

/** Each mutation rewritten to name one document, grouped by that document, in order. */
async function mutationsById(mutations: SanityMutation[], dataset: Dataset) {
  const byId = new Map<string, SanityMutation[]>()
  for (const mutation of structuredClone(mutations)) {
    const [kind, body] = Object.entries(mutation)[0] ?? []
    if (!kind || !body || typeof body !== 'object') throw badRequest('An empty mutation')
    for (const id of await targetsOf(kind, body, dataset)) {
      const single = kind.startsWith('create') ? body : { ...body, id, query: undefined }
      byId.set(id, [...(byId.get(id) ?? []), { [kind]: JSON.parse(JSON.stringify(single)) }])
    }
  }
  return byId
}

/** Refuses what the Content Lake refuses: creating what exists, patching what does not. */
function check(mutation: SanityMutation, id: string, current: LakeDocument | null) {
  if (mutation.create && current) throw conflict(`Document by ID "${id}" already exists`)
  const patch = mutation.patch
  if (patch && !current) throw conflict(`Cannot modify document "${id}": it does not exist`)
  if (patch?.ifRevisionID && patch.ifRevisionID !== current?._rev) {
    throw conflict(`Document "${id}" has unexpected revision ID ("${current?._rev}")`)
  }
}

/**
 * Applies a transaction all or nothing with Sanity's own mutator (the library the studio
 * replays the same mutations with), then writes the dataset file once.
 */
export async function applyTransaction(
  dataset: Dataset,
  mutations: SanityMutation[],
  transactionId: string,
): Promise<DocumentChange[]> {
  const timestamp = new Date().toISOString()
  const changes: DocumentChange[] = []
  for (const [id, documentMutations] of await mutationsById(mutations, dataset)) {
    const before = dataset.get(id)
    let current = before ? structuredClone(before) : null
    for (const mutation of documentMutations) {
      check(mutation, id, current)
      current = new Mutation({ mutations: [structuredClone(mutation)] }).apply(current)
    }
    const after: LakeDocument | null = current && {
      ...current,
      _rev: transactionId,
      _updatedAt: timestamp,
    }
    if (after) after._createdAt ??= before?._createdAt ?? timestamp
    if (before || after) changes.push({ id, before, after, mutations: documentMutations })
  }
  dataset.commit(new Map(changes.map((change) => [change.id, change.after])))
  return changes
}
