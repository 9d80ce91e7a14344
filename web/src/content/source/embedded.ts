import { stat } from 'node:fs/promises'
import { evaluate, evaluateSync, type ExprNode, parse } from 'groq-js'
import { type DatasetVersion, nextVersion } from './dataset-version'
import { versionOf } from './file-changes/read-file-change'
import { narrowQuery } from './indexed-reads/narrow-query'
import type { ContentSource, Perspective } from './types'

let loaded: DatasetVersion | undefined

/**
 * Reads the file again only when it has changed, so an edit to it is seen on the next uncached
 * read; a line the last version also had keeps its parsed document (see `nextVersion`).
 */
async function load(file: string): Promise<DatasetVersion> {
  const info = await stat(file)
  if (loaded?.file === file && loaded.version === versionOf(info)) return loaded
  loaded = nextVersion(file, loaded?.file === file ? loaded : undefined)
  return loaded
}

type EvaluateOptions = NonNullable<Parameters<typeof evaluate>[1]>

/**
 * groq-js's synchronous evaluation where it covers the query (the dataset is in memory, and
 * the asynchronous path costs several times more a document), else the asynchronous one.
 */
async function evaluateInMemory(tree: ExprNode, options: EvaluateOptions): Promise<unknown> {
  let result
  try {
    result = evaluateSync(tree, options)
  } catch {
    result = await evaluate(tree, options)
  }
  return result.get()
}

/** How a query is evaluated: over the index's candidates (the site's way), or scanning everything (tests compare the two). */
export type Evaluation = 'indexed' | 'full-scan'

/**
 * groq-js evaluating each query in-process over the NDJSON dataset. `clock` is GROQ's `now()`
 * (what decides whether a scheduled article is out yet); tests set it. Each `*[…]` reads only
 * the documents its filter's type, id or slug allow, and `->` looks its target up by id, so
 * a single document's read costs the same in a large archive as in a small one.
 */
export function embeddedSource(
  file: string,
  clock: () => Date = () => new Date(),
  evaluation: Evaluation = 'indexed',
): ContentSource {
  return {
    kind: 'embedded',
    async query(query, params, perspective: Perspective) {
      const dataset = await load(file)
      const index = perspective === 'drafts' ? dataset.drafts() : dataset.published
      const parsed = parse(query, { params })
      const timestamp = clock()
      const narrowed =
        evaluation === 'indexed'
          ? await narrowQuery(parsed, index, timestamp)
          : { tree: parsed, candidates: {} }
      return evaluateInMemory(narrowed.tree, {
        dataset: index.documents,
        params: { ...params, ...narrowed.candidates },
        timestamp,
        ...(evaluation === 'indexed' && {
          dereference: ({ _ref }: { _ref: string }) => index.byId.get(_ref) ?? null,
        }),
      })
    },
  }
}
