import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.join(import.meta.dirname, '..', '..')

/** Whether the repository's .gitignore keeps a path out of commits. */
function ignored(file: string): boolean {
  return spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: root }).status === 0
}

describe('.gitignore', () => {
  it.each([
    '.env',
    'web/.env.local',
    'web/.env.production',
    'web/.env.production.local',
    'web/.env.development.local',
    'studio/.env',
    'studio/.env.staging',
  ])('keeps the environment file %s out of commits', (file) => {
    expect(ignored(file)).toBe(true)
  })

  it.each(['web/.env.example', 'studio/.env.example'])('shares the example %s', (file) => {
    expect(ignored(file)).toBe(false)
  })
})
