/**
 * One version of a file's bytes as buffers laid end to end, so that the next version can share
 * every unchanged stretch with this one (a subarray, not a copy): copying a 100 MB archive into
 * fresh memory on every publish costs far more than reading it.
 */
export type Pieces = readonly Buffer[]

/** Past this many pieces (a publish adds about two) they are joined into one, once in a while. */
const MOST_PIECES = 256

export const lengthOf = (pieces: Pieces) => pieces.reduce((sum, piece) => sum + piece.length, 0)

/** The bytes from `start` to `end`, as subarrays of the pieces. */
export function slicePieces(pieces: Pieces, start: number, end: number): Buffer[] {
  const parts: Buffer[] = []
  let offset = 0
  for (const piece of pieces) {
    if (offset >= end) break
    const [from, to] = [Math.max(start - offset, 0), Math.min(end - offset, piece.length)]
    if (from < to) parts.push(piece.subarray(from, to))
    offset += piece.length
  }
  return parts
}

/** The pieces laid end to end, joined into one buffer when there are too many to walk quickly. */
export function joinPieces(pieces: Buffer[]): Pieces {
  const kept = pieces.filter((piece) => piece.length > 0)
  return kept.length > MOST_PIECES ? [Buffer.concat(kept)] : kept
}
