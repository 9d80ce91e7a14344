import { evaluate, type ExprNode } from 'groq-js'
import type { DatasetIndex, StoredDocument } from './dataset-index'

/** How many of the presorted candidates a slice tries before all of them, smallest first. */
const PREFIX_SIZES = [64, 512, 4096]

export interface Presorted {
  /** Prefixes of the candidates in the order's order, each larger than the last, shorter than all. */
  prefixes: StoredDocument[][]
}

/** An ordering groq-js can apply to documents alone: each key a field path, ascending or descending. */
export function isDocumentOrdering(args: ExprNode[]): boolean {
  const isFieldPath = (node: ExprNode): boolean =>
    node.type === 'AccessAttribute' && (node.base === undefined || isFieldPath(node.base))
  return args.every((arg) => (arg.type === 'Asc' || arg.type === 'Desc') && isFieldPath(arg.base))
}

const cache = new WeakMap<StoredDocument[], Map<string, Promise<Presorted>>>()

/**
 * `candidates` in the order `order(...args)` gives them, sorted by groq-js itself (so ties and
 * mixed values fall exactly as in the query) once per list and ordering: a list belongs to one
 * version of the dataset, so a new version sorts afresh.
 */
export function presorted(
  candidates: StoredDocument[],
  args: ExprNode[],
  index: DatasetIndex,
): Promise<Presorted> {
  const byOrdering = cache.get(candidates) ?? new Map<string, Promise<Presorted>>()
  cache.set(candidates, byOrdering)
  const key = JSON.stringify(args)
  const known = byOrdering.get(key)
  if (known) return known
  const sorting = sortWithGroq(candidates, args, index).then((sorted) => ({
    prefixes: PREFIX_SIZES.filter((size) => size < sorted.length).map((size) =>
      sorted.slice(0, size),
    ),
  }))
  byOrdering.set(key, sorting)
  return sorting
}

async function sortWithGroq(candidates: StoredDocument[], args: ExprNode[], index: DatasetIndex) {
  const tree: ExprNode = {
    type: 'PipeFuncCall',
    name: 'order',
    base: { type: 'Parameter', name: 'candidates' },
    args,
  }
  const result = await evaluate(tree, {
    dataset: index.documents,
    params: { candidates },
    dereference: ({ _ref }) => index.byId.get(_ref) ?? null,
  })
  return (await result.get()) as StoredDocument[]
}
