import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { contentType, DOCUMENT_TYPES } from '@chaffcent/content/content-types'
import { describe, expect, it } from 'vitest'

const APP = path.join(import.meta.dirname, '..', 'app')

/** The `page.tsx` that serves an address pattern: `:slug` and `:page` are `[…]` folders. */
function pageFileOf(pattern: string): string | null {
  let folder = APP
  for (const segment of pattern.split('/').filter(Boolean)) {
    const next = segment.startsWith(':')
      ? readdirSync(folder).find((entry) => /^\[[^.]+\]$/.test(entry))
      : segment
    if (!next) return null
    folder = path.join(folder, next)
  }
  const page = path.join(folder, 'page.tsx')
  return existsSync(page) ? path.relative(APP, page) : null
}

const PATTERNS = DOCUMENT_TYPES.flatMap((type) => {
  const { address, pages, listing } = contentType(type)
  return [address, pages, listing?.pages].flatMap((pattern) => (pattern ? [[type, pattern]] : []))
})

describe('the content-type table and the app routes', () => {
  it.each(PATTERNS)('%s: %s has a page in src/app', (_type, pattern) => {
    expect(pageFileOf(pattern!)).not.toBeNull()
  })
})
