import { type Pieces, slicePieces } from './pieces'

const CHUNK = 1 << 16

/** How many leading bytes (or, `fromEnd`, trailing ones) two buffers of one length share. */
function sharedLength(a: Buffer, b: Buffer, fromEnd: boolean): number {
  const limit = a.length
  const same = (offset: number, length: number) => {
    const at = fromEnd ? limit - offset - length : offset
    return a.compare(b, at, at + length, at, at + length) === 0
  }
  // Whole chunks by memcmp first, then halves of the chunk that differs.
  let shared = 0
  for (let length = CHUNK; length >= 1; length = length >> 1)
    while (shared + length <= limit && same(shared, length)) shared += length
  return shared
}

/**
 * How many leading bytes of `chunk` the pieces hold from `start` on; or, `fromEnd`, how many
 * trailing bytes of it they hold ending at `start + chunk.length`.
 */
export function sharedWithPieces(
  pieces: Pieces,
  start: number,
  chunk: Buffer,
  fromEnd: boolean,
): number {
  const parts = slicePieces(pieces, start, start + chunk.length)
  if (fromEnd) parts.reverse()
  let shared = 0
  for (const part of parts) {
    const at = fromEnd ? chunk.length - shared - part.length : shared
    const same = sharedLength(part, chunk.subarray(at, at + part.length), fromEnd)
    shared += same
    if (same < part.length) break
  }
  return shared
}
