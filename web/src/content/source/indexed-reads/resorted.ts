import type { StoredDocument } from './dataset-index'

/** Past this many new documents in a list, sorting it whole is as quick as placing each. */
const MOST_PLACED = 256

/**
 * The last version's sorted list brought up to `candidates` (in dataset order): documents gone
 * from it dropped, each new one (a new object: a line that changed) placed by binary search,
 * comparing two documents by `sort` itself in dataset order (a tie keeps that order, as groq-js's
 * stable sort does). Undefined when too many are new.
 */
export function resorted(
  before: StoredDocument[],
  candidates: StoredDocument[],
  sort: (documents: StoredDocument[]) => StoredDocument[],
): StoredDocument[] | undefined {
  const current = new Set(candidates)
  const sorted = before.filter((doc) => current.has(doc))
  if (candidates.length - sorted.length > MOST_PLACED) return undefined
  const kept = new Set(sorted)
  const position = new Map(candidates.map((doc, index) => [doc, index]))
  const precedes = (a: StoredDocument, b: StoredDocument) => {
    const inDatasetOrder = position.get(a)! < position.get(b)! ? [a, b] : [b, a]
    return sort(inDatasetOrder)[0] === a
  }
  for (const doc of candidates) {
    if (kept.has(doc)) continue
    let [low, high] = [0, sorted.length]
    while (low < high) {
      const middle = (low + high) >> 1
      if (precedes(sorted[middle]!, doc)) low = middle + 1
      else high = middle
    }
    sorted.splice(low, 0, doc)
  }
  return sorted
}
