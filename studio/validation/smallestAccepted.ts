import type { DatasetDocument } from './datasetClient'
import { validateDataset } from './validateDataset'

type Node = Record<string, unknown> | unknown[]

/** Portable Text blocks are the editor's own structure, not fields to leave empty: kept whole. */
const isAtomic = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { _type?: unknown })._type === 'block'

/**
 * How far to cut: `smallest` removes every optional field and list item; `sparse` keeps every
 * list and its items (menu links, page sections, cards) but empties each item's optional
 * fields, so the site meets a banner without a button or a card without text.
 */
export type Cut = 'smallest' | 'sparse'

/**
 * The smallest version of `document` the studio's own rules accept: every field (and, unless
 * `sparse`, list item) they let an editor leave empty is removed, one at a time, keeping what
 * they require. System fields (`_id`, `_type`, `_key`, `_ref`…) stay.
 */
export async function smallestAccepted(
  document: DatasetDocument,
  dataset: readonly DatasetDocument[],
  cut: Cut = 'smallest',
): Promise<DatasetDocument> {
  const candidate = structuredClone(document)
  const others = dataset.filter((doc) => doc._id !== document._id)
  const accepted = async () => {
    const problems = await validateDataset([candidate], {
      dataset: [...others, candidate],
      environment: 'studio',
    })
    return problems.every((problem) => problem.level !== 'error')
  }
  await prune(candidate, accepted, cut)
  return candidate
}

async function prune(node: Node, accepted: () => Promise<boolean>, cut: Cut): Promise<void> {
  const keys = Array.isArray(node)
    ? node.map((_, index) => index).reverse()
    : Object.keys(node).filter((key) => !key.startsWith('_'))
  for (const key of keys) {
    const value = (node as Record<string | number, unknown>)[key]
    const keep = cut === 'sparse' && (Array.isArray(node) || Array.isArray(value))
    if (!keep) {
      remove(node, key)
      if (await accepted()) continue
      restore(node, key, value)
    }
    if (typeof value === 'object' && value !== null && !isAtomic(value))
      await prune(value as Node, accepted, cut)
  }
}

function remove(node: Node, key: string | number): void {
  if (Array.isArray(node)) node.splice(key as number, 1)
  else delete node[key as string]
}

function restore(node: Node, key: string | number, value: unknown): void {
  if (Array.isArray(node)) node.splice(key as number, 0, value)
  else node[key as string] = value
}
