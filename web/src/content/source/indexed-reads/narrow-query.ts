import type { ExprNode, FilterNode, PipeFuncCallNode, SliceNode } from 'groq-js'
import { narrowingOf } from './candidates'
import type { DatasetIndex, StoredDocument } from './dataset-index'
import { compileFilter, type Predicate } from './fast-filter'
import { parametersRead } from './parameters-read'
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
 * a full scan gives. A filter `compileFilter` can answer is answered before groq-js runs: its
 * matches (and a page of them in order, walking the candidates presorted) become parameters.
 */
export async function narrowQuery(
  tree: ExprNode,
  index: DatasetIndex,
  now: Date,
): Promise<NarrowedQuery> {
  const candidates: Record<string, StoredDocument[]> = {}
  /** Parameters holding a filter's matches: the candidates it ran over and the filter, for a slice. */
  const matchesOf = new Map<string, { from: StoredDocument[]; predicate: Predicate }>()
  /** Which of the index's lists each parameter holds (what `presorted` keeps its order under). */
  const listOf = new Map<string, string>()
  const context = { now: now.toISOString(), byId: index.byId }
  let parameters = 0
  const parameterFor = (documents?: StoredDocument[]) => {
    const name = `${CANDIDATES_PARAM}${parameters++}`
    if (documents) candidates[name] = documents
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
      const narrowing = narrowingOf(copy.expr)
      const found = index.candidates(narrowing)
      const list = found ? JSON.stringify(narrowing) : 'everything'
      const predicate = compileFilter(copy.expr, context)
      if (!predicate) {
        if (!found) return copy
        const base = parameterFor(found)
        listOf.set(base.name, list)
        return { ...copy, base }
      }
      const from = found ?? index.documents
      // Filtered at the end, and only if still read: a page in order walks its own way.
      const matches = parameterFor()
      matchesOf.set(matches.name, { from, predicate })
      listOf.set(matches.name, list)
      return matches
    }
    if (copy.type === 'Slice') return pageInOrder(copy) ?? (await firstInOrder(copy)) ?? copy
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
    const { prefixes } = presorted(all, order.args, index, listOf.get(filter.base.name)!)
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

  /**
   * `$matches | order(...)[a...b]`, the matches a compiled filter gave: the first b of them in
   * that order are the first b candidates, in that order, that pass the filter.
   */
  const pageInOrder = (slice: SliceNode): ExprNode | undefined => {
    const order = slice.base
    if (order.type !== 'PipeFuncCall' || order.name !== 'order') return undefined
    if (order.base.type !== 'Parameter') return undefined
    const { name } = order.base
    const filtered = matchesOf.get(name)
    const end = slice.isInclusive ? slice.right + 1 : slice.right
    if (!filtered || slice.left < 0 || end <= 0 || !isDocumentOrdering(order.args)) return undefined
    const page: StoredDocument[] = []
    for (const doc of presorted(filtered.from, order.args, index, listOf.get(name)!).all) {
      if (page.length >= end) break
      if (filtered.predicate(doc)) page.push(doc)
    }
    return { ...slice, base: parameterFor(page) }
  }

  const narrowed = (await rewrite(tree)) as ExprNode
  for (const name of parametersRead(narrowed)) {
    const filtered = matchesOf.get(name)
    if (filtered) candidates[name] = filtered.from.filter(filtered.predicate)
  }
  return { tree: narrowed, candidates }
}
