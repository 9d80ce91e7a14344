/**
 * Builds the seed dataset from the readable sources in `seed/source/`.
 *
 *   tsx seed/build-seed.ts           writes seed/production.ndjson
 *   tsx seed/build-seed.ts --check   compares only; exits 1 if the file is out of date
 *
 * The file is generated: edit the sources and rebuild, never the NDJSON by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { toNdjson } from '@chaffcent/content/dataset'
import { SEED_FILE } from './dataset'
import { seedDocuments } from './source'

export function buildSeed(): string {
  return toNdjson(seedDocuments())
}

function readCommitted(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function main(args: string[]): number {
  const built = buildSeed()
  const relative = path.relative(process.cwd(), SEED_FILE)
  if (args.includes('--check')) {
    if (readCommitted(SEED_FILE) === built) return 0
    console.error(
      `${relative} is out of date: run \`tsx seed/build-seed.ts\` and commit the result.`,
    )
    return 1
  }
  writeFileSync(SEED_FILE, built)
  console.log(`Wrote ${built.split('\n').length - 1} documents to ${relative}`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2))
}
