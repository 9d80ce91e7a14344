import { describe, expect, it } from 'vitest'
import { PatchedMap } from './patched-map'

describe('PatchedMap', () => {
  it('reads as a plain map through many versions, each left as it was', () => {
    const first = new PatchedMap<string, number>()
    const plain = new Map<string, number>()
    for (let n = 0; n < 100; n++) [first, plain].forEach((map) => map.set(`key-${n}`, n))
    let version = first
    const kept: [PatchedMap<string, number>, Map<string, number>][] = []
    // Past the patches a version keeps before it lays them into a new base, more than once.
    for (let round = 0; round < 600; round++) {
      version = new PatchedMap(version)
      const key = `key-${(round * 7) % 130}`
      if (round % 3 === 0) [version, plain].forEach((map) => map.delete(key))
      else [version, plain].forEach((map) => map.set(key, round))
      if (round % 97 === 0) kept.push([version, new Map(plain)])
      expect(version.get(key)).toBe(plain.get(key))
    }
    expect(version.entries()).toEqual(plain)
    for (const [earlier, then] of kept) expect(earlier.entries()).toEqual(then)
    expect(first.get('key-5')).toBe(5)
  })
})
