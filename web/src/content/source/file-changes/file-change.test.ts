import { describe, expect, it } from 'vitest'
import { fileChange } from './file-change'
import type { Pieces } from './pieces'

/** `text` as the next version after `previous`, read from memory as the source reads a file. */
function next(text: string, previous: Pieces) {
  const bytes = Buffer.from(text)
  return fileChange(bytes.length, (into, position) => bytes.copy(into, 0, position), previous)
}

const lines = Array.from({ length: 400 }, (_, n) => `{"_id":"doc-${n}","n":${n}}`)

describe('fileChange', () => {
  it('keeps only the changed bytes anew, however many publishes come', () => {
    let pieces = next(lines.join('\n'), []).pieces
    for (let round = 0; round < 600; round++) {
      const before = Buffer.concat(pieces).toString()
      lines[(round * 37) % lines.length] = `{"_id":"edited","round":${round}}`
      const text = lines.join('\n')
      const change = next(text, pieces)
      expect(Buffer.concat(change.pieces).toString()).toBe(text)
      // The last version is left as it was, and a long run of publishes is joined now and then.
      expect(Buffer.concat(pieces).toString()).toBe(before)
      expect(change.pieces.length).toBeLessThanOrEqual(257)
      expect(change.head + change.tail).toBeGreaterThan(text.length - 80)
      pieces = change.pieces
    }
  })

  it('finds no change in the same bytes, and every change in new ones', () => {
    const text = lines.join('\n')
    const same = next(text, next(text, []).pieces)
    expect([same.head, same.tail]).toEqual([text.length, text.length])
    const other = next('something else entirely', next(text, []).pieces)
    expect([other.head, other.tail]).toEqual([0, 0])
  })
})
