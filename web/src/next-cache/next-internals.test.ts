import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERIFIED_NEXT_VERSION } from './next-internals'

const folder = path.relative(path.join(import.meta.dirname, '../../..'), import.meta.dirname)

function installedNextVersion(): string {
  const manifest = createRequire(import.meta.url).resolve('next/package.json')
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
}

describe('Next’s cache internals', () => {
  it('are used on the Next version they were verified on', () => {
    const installed = installedNextVersion()
    expect(installed, `re-verify ${folder} against Next ${installed}`).toBe(VERIFIED_NEXT_VERSION)
  })
})
