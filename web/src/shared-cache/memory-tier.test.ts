import { describe, expect, it } from 'vitest'
import { MemoryTier } from './memory-tier'

describe('MemoryTier', () => {
  const tier = () => new MemoryTier<string>(10, (value) => value.length)

  it('drops the least recently used entry when over its size', () => {
    const memory = tier()
    memory.set('a', 'xxxx') // 5 with its key
    memory.set('b', 'xxxx')
    memory.get('a')
    memory.set('c', 'xxxx')
    expect([memory.get('a'), memory.get('b'), memory.get('c')]).toEqual(['xxxx', undefined, 'xxxx'])
  })

  it('never keeps an entry larger than the whole tier', () => {
    const memory = tier()
    memory.set('big', 'x'.repeat(20))
    expect(memory.get('big')).toBeUndefined()
  })
})
