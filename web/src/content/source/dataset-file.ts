import type { StoredDocument } from '@chaffcent/content/dataset'

/** One version of an NDJSON file: its bytes, where each line ends, and each line's document. */
export interface ParsedFile {
  bytes: Buffer
  /** Each line's end (the offset of its newline, or the file's length for the last). */
  ends: number[]
  /** Each line's document; undefined for a blank or broken line. */
  documents: (StoredDocument | undefined)[]
}

const NEWLINE = 0x0a
const CHUNK = 1 << 16

function lineEnds(bytes: Buffer): number[] {
  const ends: number[] = []
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(NEWLINE, start)
    const end = newline === -1 ? bytes.length : newline
    ends.push(end)
    start = end + 1
  }
  return ends
}

/** How many leading bytes (or, `fromEnd`, trailing ones) two buffers share, at most `limit`. */
function sharedLength(a: Buffer, b: Buffer, limit: number, fromEnd: boolean): number {
  const [aStart, bStart] = fromEnd ? [a.length - limit, b.length - limit] : [0, 0]
  const same = (offset: number, length: number) => {
    const at = fromEnd ? limit - offset - length : offset
    return a.compare(b, bStart + at, bStart + at + length, aStart + at, aStart + at + length) === 0
  }
  // Whole chunks by memcmp first, then halves of the chunk that differs.
  let shared = 0
  for (let length = CHUNK; length >= 1; length = length >> 1)
    while (shared + length <= limit && same(shared, length)) shared += length
  return shared
}

/**
 * `bytes` parsed line by line, reusing `previous`'s documents for every line the two versions
 * share at their start or their end (a publish rewrites one document's line, so every other
 * line is one of these): only the lines between are decoded and run through JSON.parse.
 */
export function parseFile(
  bytes: Buffer,
  previous: ParsedFile | undefined,
  parseLine: (source: string, line: number) => StoredDocument | undefined,
): ParsedFile {
  const ends = lineEnds(bytes)
  const old = previous ?? { bytes: Buffer.alloc(0), ends: [], documents: [] }
  const limit = Math.min(bytes.length, old.bytes.length)
  // The two may overlap (an added line can begin as the next one does): each maps lines alike.
  const head = sharedLength(bytes, old.bytes, limit, false)
  const tail = sharedLength(bytes, old.bytes, limit, true)
  const shift = old.ends.length - ends.length
  const documents = ends.map((end, line) => {
    const start = line === 0 ? 0 : ends[line - 1]! + 1
    // A line and the newline after it within the shared head; or the newline before it within the shared tail.
    if (end < head) return old.documents[line]
    if (line > 0 && start - 1 >= bytes.length - tail) return old.documents[line + shift]
    const source = bytes.toString('utf8', start, end)
    return source.trim() ? parseLine(source, line + 1) : undefined
  })
  return { bytes, ends, documents }
}
