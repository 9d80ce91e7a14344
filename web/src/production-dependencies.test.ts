import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const here = import.meta.dirname
const manifest = JSON.parse(readFileSync(path.join(here, '..', 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}
const production = new Set(Object.keys(manifest.dependencies))

/**
 * Needed at run time without an import of ours: Next renders with react-dom, and
 * next-sanity's draft-mode overlay (@sanity/visual-editing) with styled-components.
 * next-sanity's other peer, `sanity`, is only for embedding a studio: a devDependency.
 */
const RUNTIME_PEERS = new Set(['react-dom', 'styled-components'])

/** The site's own source as the server and browser run it (tests and fixtures excluded). */
const sources = readdirSync(here, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !/\.(test|fixture|check)\.tsx?$/.test(file))
  .map((file) => readFileSync(path.join(here, file), 'utf8'))

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!

const imported = new Set(
  sources
    .flatMap((text) => [...text.matchAll(/(?:from|import\(?)\s*'([^.@/][^']*|@[^/'][^']*)'/g)])
    .map((match) => packageOf(match[1]!))
    .filter((name) => !builtinModules.includes(name) && !name.startsWith('node:')),
)
/** Packages whose files the server reads by path (the share-image font). */
const readByPath = new Set(
  sources
    .flatMap((text) => [...text.matchAll(/'node_modules\/((?:@[^/']+\/)?[^/']+)/g)])
    .map((m) => m[1]!),
)

describe("the site's production dependencies", () => {
  it('include every package the site imports or reads at run time', () => {
    const missing = [...imported, ...readByPath].filter((name) => !production.has(name))
    expect(missing).toEqual([])
    expect(readByPath.size).toBeGreaterThan(0)
  })

  it('are only what the site runs (build and test tools are devDependencies)', () => {
    const unused = [...production].filter(
      (name) => !imported.has(name) && !readByPath.has(name) && !RUNTIME_PEERS.has(name),
    )
    expect(unused).toEqual([])
  })
})
