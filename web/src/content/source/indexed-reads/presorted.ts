import { evaluateSync, type ExprNode } from 'groq-js'
import type { DatasetIndex, StoredDocument } from './dataset-index'
import { resorted } from './resorted'

/** How many of the presorted candidates a slice tries before all of them, smallest first. */
const PREFIX_SIZES = [64, 512, 4096]

export interface Presorted {
  /** Every candidate, in the order's order. */
  all: StoredDocument[]
  /** Prefixes of the candidates in the order's order, each larger than the last, shorter than all. */
  prefixes: StoredDocument[][]
}

/** An ordering groq-js can apply to documents alone: each key a field path, ascending or descending. */
export function isDocumentOrdering(args: ExprNode[]): boolean {
  const isFieldPath = (node: ExprNode): boolean =>
    node.type === 'AccessAttribute' && (node.base === undefined || isFieldPath(node.base))
  return args.every((arg) => (arg.type === 'Asc' || arg.type === 'Desc') && isFieldPath(arg.base))
}

/**
 * `candidates` (the documents the index holds under `listKey`) in the order `order(...args)`
 * gives them, sorted by groq-js itself (so ties and mixed values fall exactly as in the query)
 * once per version of the dataset. A new version takes the last one's order and places only
 * the documents a publish changed (`resorted`), so a publish does not sort the archive again.
 */
export function presorted(
  candidates: StoredDocument[],
  args: ExprNode[],
  index: DatasetIndex,
  listKey: string,
): Presorted {
  const key = `${listKey}\u0000${JSON.stringify(args)}`
  const known = index.presorted.get(key)
  if (known) return known
  const before = index.inherited?.presorted.get(key)?.all
  const sort = (docs: StoredDocument[]) => sortWithGroq(docs, args, index)
  const at = (doc: StoredDocument) => index.at(doc)
  const all =
    (before && resorted(before, candidates, index.inherited!.changes, sort, at)) ?? sort(candidates)
  const sorted = {
    all,
    prefixes: PREFIX_SIZES.filter((size) => size < all.length).map((size) => all.slice(0, size)),
  }
  index.presorted.set(key, sorted)
  return sorted
}

/** `candidates` as `order(...args)` leaves them. */
export function sortWithGroq(candidates: StoredDocument[], args: ExprNode[], index: DatasetIndex) {
  const tree: ExprNode = {
    type: 'PipeFuncCall',
    name: 'order',
    base: { type: 'Parameter', name: 'candidates' },
    args,
  }
  const result = evaluateSync(tree, {
    dataset: index.documents,
    params: { candidates },
    dereference: ({ _ref }) => index.byId.get(_ref) ?? null,
  })
  // A sorted parameter is a static array: its data is there without awaiting.
  return result.data as StoredDocument[]
}
