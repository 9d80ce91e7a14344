import type { StoredDocument } from '@chaffcent/content/dataset'
import type { FileChange } from './file-changes/file-change'
import type { Changes } from './indexed-reads/index-lists'
import { lengthOf, type Pieces, slicePieces } from './file-changes/pieces'

/** One version of an NDJSON file: its bytes, where each line ends, and each line's document. */
export interface ParsedFile {
  pieces: Pieces
  /** Each line's end (the offset of its newline, or the file's length for the last). */
  ends: number[]
  /** Each line's document; undefined for a blank or broken line. */
  documents: (StoredDocument | undefined)[]
}

const NEWLINE = 0x0a
const EMPTY: ParsedFile = { pieces: [], ends: [], documents: [] }

/**
 * The new version's lines, reusing the last version's ends and documents for every line within
 * the bytes the two share at their start or their end (a publish rewrites one document's line,
 * so every other line is one of these): only the lines between are decoded and run through
 * JSON.parse, and nothing walks the lines of the whole archive. `changes` are the documents of
 * the lines between, then and now: what an index of the last version must drop and take in.
 */
export function parseFile(
  { pieces, head, tail }: FileChange,
  previous: ParsedFile = EMPTY,
  parseLine: (source: string, line: number) => StoredDocument | undefined,
): ParsedFile & { changes: Changes } {
  const [size, before] = [lengthOf(pieces), lengthOf(previous.pieces)]
  // Lines whose newline too lies within the shared start.
  let headLines = 0
  while (headLines < previous.ends.length && previous.ends[headLines]! < head) headLines++
  const middleFrom = headLines === 0 ? 0 : previous.ends[headLines - 1]! + 1
  // Lines after a newline within the shared end, and after the lines above (the two may overlap).
  const shift = size - before
  let tailFrom = previous.ends.length
  const startOf = (line: number) => previous.ends[line - 1]! + 1
  while (
    tailFrom - 1 >= Math.max(headLines, 1) &&
    startOf(tailFrom - 1) - 1 >= before - tail &&
    startOf(tailFrom - 1) + shift >= middleFrom
  )
    tailFrom--
  const middleTo = tailFrom < previous.ends.length ? startOf(tailFrom) + shift : size
  const parts = slicePieces(pieces, middleFrom, middleTo)
  const middle = parts.length === 1 ? parts[0]! : Buffer.concat(parts)
  const ends = previous.ends.slice(0, headLines)
  const documents = previous.documents.slice(0, headLines)
  for (let start = 0; start < middle.length;) {
    const newline = middle.indexOf(NEWLINE, start)
    const end = newline === -1 ? middle.length : newline
    const source = middle.toString('utf8', start, end)
    ends.push(middleFrom + end)
    documents.push(source.trim() ? parseLine(source, ends.length) : undefined)
    start = end + 1
  }
  for (let line = tailFrom; line < previous.ends.length; line++) {
    ends.push(previous.ends[line]! + shift)
    documents.push(previous.documents[line])
  }
  const defined = (docs: (StoredDocument | undefined)[]) => docs.filter((doc) => doc !== undefined)
  const changes = {
    gone: defined(previous.documents.slice(headLines, tailFrom)),
    added: defined(
      documents.slice(headLines, documents.length - (previous.ends.length - tailFrom)),
    ),
  }
  return { pieces, ends, documents, changes }
}
