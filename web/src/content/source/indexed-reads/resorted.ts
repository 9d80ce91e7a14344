import type { StoredDocument } from './dataset-index'
import type { Changes } from './index-lists'

/** Past this many new documents in a list, sorting it whole is as quick as placing each. */
const MOST_PLACED = 256

/**
 * The last version's sorted list brought up to `candidates` (the same list of this version):
 * the documents the new version dropped taken out, each new one (a line that changed) among the
 * candidates placed by binary search, comparing two documents by `sort` itself in dataset order
 * (`at`; a tie keeps that order, as groq-js's stable sort does). Undefined when too many are new,
 * or when the two do not add up to the candidates.
 */
export function resorted(
  before: StoredDocument[],
  candidates: StoredDocument[],
  { gone, added }: Changes,
  sort: (documents: StoredDocument[]) => StoredDocument[],
  at: (doc: StoredDocument) => number,
): StoredDocument[] | undefined {
  if (added.length > MOST_PLACED) return undefined
  const dropped = new Set(gone)
  const sorted = before.filter((doc) => !dropped.has(doc))
  const placed = added.filter((doc) => candidates.includes(doc))
  if (sorted.length + placed.length !== candidates.length) return undefined
  // Sorted both ways round, two documents that tie come back as given: only then does dataset
  // order decide, which `at` works out (for every document, once a version).
  const precedes = (a: StoredDocument, b: StoredDocument) => {
    const [first, reversed] = [sort([a, b])[0], sort([b, a])[0]]
    return first === reversed ? first === a : at(a) < at(b)
  }
  for (const doc of placed) {
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
