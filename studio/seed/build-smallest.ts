/**
 * Builds the datasets the content contract is tested over: the smallest site the studio lets
 * editors publish (every seed document cut down by `smallestAccepted` to what the studio's
 * own rules require; `sparse` keeps list items) and the largest (every field filled). The
 * web's contract tests run every route over them, so a field the site needs but the studio
 * lets editors leave empty fails there.
 *
 *   tsx seed/build-smallest.ts           writes seed/largest.ndjson, smallest.ndjson, sparse.ndjson
 *   tsx seed/build-smallest.ts --check   compares only; exits 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { smallestAccepted, type Cut } from '../validation/smallestAccepted'
import { toNdjson } from '@chaffcent/content/dataset'
import { readSeed } from './dataset'
import { EDITOR_PAGE, IMAGE_ASSET, largest } from './largest'

export type Variant = Cut | 'largest'

export const VARIANT_FILES: Record<Variant, string> = {
  largest: path.join(import.meta.dirname, 'largest.ndjson'),
  smallest: path.join(import.meta.dirname, 'smallest.ndjson'),
  sparse: path.join(import.meta.dirname, 'sparse.ndjson'),
}

export async function buildVariant(variant: Variant): Promise<string> {
  const seed = readSeed()
  if (variant === 'largest') return toNdjson(largest(seed))
  const cut = variant
  // The largest's page an editor added comes too, so every kind of section is cut down.
  const source = [...seed, EDITOR_PAGE]
  const documents = []
  // One at a time: each is judged against the full seed, as an editor's publish would be.
  for (const document of source)
    documents.push(await smallestAccepted(document, [...source, IMAGE_ASSET], cut))
  return toNdjson([...documents, IMAGE_ASSET])
}

async function main(args: string[]): Promise<number> {
  let status = 0
  for (const [variant, file] of Object.entries(VARIANT_FILES) as [Variant, string][]) {
    const built = await buildVariant(variant)
    const relative = path.relative(process.cwd(), file)
    if (!args.includes('--check')) {
      writeFileSync(file, built)
      console.log(`Wrote ${built.split('\n').length - 1} documents to ${relative}`)
    } else if (readFileSync(file, 'utf8') !== built) {
      console.error(`${relative} is out of date: run \`tsx seed/build-smallest.ts\` and commit it.`)
      status = 1
    }
  }
  return status
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main(process.argv.slice(2))
}
