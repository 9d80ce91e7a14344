import type { ExprNode, FilterNode, PipeFuncCallNode, SliceNode } from 'groq-js'
import { narrowingOf } from './candidates'
import type { DatasetIndex, StoredDocument } from './dataset-index'
import { isDocumentOrdering, presorted } from './presorted'

/** Parameter names GROQ itself cannot spell, so they never meet a query's own. */
const CANDIDATES_PARAM = '\u0000candidates'

export interface NarrowedQuery {
  tree: ExprNode
  candidates: Record<string, StoredDocument[]>
}

/**
 * The same query, with every `*[filter]` whose filter pins down a type, id or slug reading
 * only the documents the index holds for them instead of the whole dataset, and every
 * `*[filter] | order(...)[a...b]` trying the first of those candidates in that order before
 * all of them. Each filter still runs on each candidate it reads, so the result is the one
 * a full scan gives.
 */
export async function narrowQuery(tree: ExprNode, index: DatasetIndex): Promise<NarrowedQuery> {
  const candidates: Record<string, StoredDocument[]> = {}
  const parameterFor = (documents: StoredDocument[]) => {
    const name = `${CANDIDATES_PARAM}${Object.keys(candidates).length}`
    candidates[name] = documents
    return { type: 'Parameter', name } as const
  }

  const rewrite = async (node: unknown): Promise<unknown> => {
    if (Array.isArray(node)) return Promise.all(node.map(rewrite))
    if (typeof node !== 'object' || node === null) return node
    // A value (a parameter's, say) is data, not query: nothing inside it is read as a node.
    if ((node as { type?: unknown }).type === 'Value') return node
    const entries = await Promise.all(
      Object.entries(node).map(async ([key, value]) => [key, await rewrite(value)] as const),
    )
    const copy = Object.fromEntries(entries) as unknown as ExprNode
    if (copy.type === 'Filter' && copy.base.type === 'Everything') {
      const found = index.candidates(narrowingOf(copy.expr))
      return found ? { ...copy, base: parameterFor(found) } : copy
    }
    if (copy.type === 'Slice') return (await firstInOrder(copy)) ?? copy
    return copy
  }

  /**
   * `select(count(F(first 64)) >= b => order(F(first 64))[a...b], …, the slice over all)`, F
   * being the filter over a prefix of the candidates in the order's own order: when a prefix
   * holds b matches, the first b of all of them are among them, since a filter keeps order.
   */
  const firstInOrder = async (slice: SliceNode): Promise<ExprNode | undefined> => {
    const order = slice.base
    if (order.type !== 'PipeFuncCall' || order.name !== 'order') return undefined
    const filter = order.base
    if (filter.type !== 'Filter' || filter.base.type !== 'Parameter') return undefined
    const all = candidates[filter.base.name]
    const end = slice.isInclusive ? slice.right + 1 : slice.right
    if (!all || slice.left < 0 || end <= 0 || !isDocumentOrdering(order.args)) return undefined
    const { prefixes } = await presorted(all, order.args, index)
    if (prefixes.length === 0) return undefined
    const over = (documents: StoredDocument[]): FilterNode => ({
      ...filter,
      base: parameterFor(documents),
    })
    const sliceOf = (base: FilterNode): SliceNode => ({
      ...slice,
      base: { ...order, base } satisfies PipeFuncCallNode,
    })
    return {
      type: 'Select',
      alternatives: prefixes.map((prefix) => {
        const matches = over(prefix)
        return {
          type: 'SelectAlternative',
          condition: {
            type: 'OpCall',
            op: '>=',
            left: { type: 'FuncCall', namespace: 'global', name: 'count', args: [matches] },
            right: { type: 'Value', value: end },
          },
          value: sliceOf(matches),
        }
      }),
      fallback: slice,
    } as ExprNode
  }

  return { tree: (await rewrite(tree)) as ExprNode, candidates }
}
