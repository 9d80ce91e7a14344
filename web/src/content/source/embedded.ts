import { stat } from 'node:fs/promises'
import { type BadLine, parseNdjson, type StoredDocument } from '@chaffcent/content/dataset'
import { evaluate, evaluateSync, type ExprNode, parse } from 'groq-js'
import { type ParsedFile, parseFile } from './dataset-file'
import { readFileChange, versionOf } from './file-changes/read-file-change'
import { DatasetIndex } from './indexed-reads/dataset-index'
import { narrowQuery } from './indexed-reads/narrow-query'
import type { ContentSource, Perspective } from './types'

const DRAFT_PREFIX = 'drafts.'

interface LoadedDataset {
  file: string
  version: string
  parsed: ParsedFile
  published: DatasetIndex
  /** Built on an editor's first draft read of this version: visitors never need it. */
  drafts: () => DatasetIndex
}

let loaded: LoadedDataset | undefined

/** A broken line costs the site that line only: it is logged and skipped. */
const skipBadLine = ({ file, line, problem }: BadLine) =>
  console.error(`[content] ${file}:${line} ${problem}; skipped`)

/** Drafts laid over their published documents, under the published id, as Sanity's drafts perspective does. */
export function overlayDrafts(documents: StoredDocument[]): StoredDocument[] {
  const byId = new Map<string, StoredDocument>()
  for (const doc of documents) if (!doc._id.startsWith(DRAFT_PREFIX)) byId.set(doc._id, doc)
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT_PREFIX)) continue
    const publishedId = doc._id.slice(DRAFT_PREFIX.length)
    byId.set(publishedId, { ...doc, _id: publishedId, _originalId: doc._id })
  }
  return [...byId.values()]
}

/**
 * Reads the file again only when it has changed, so an edit to it is seen on the next uncached
 * read; a line the last version also had keeps its parsed document (see `parseFile`).
 */
async function load(file: string): Promise<LoadedDataset> {
  const info = await stat(file)
  if (loaded?.file === file && loaded.version === versionOf(info)) return loaded
  const parseLine = (source: string, line: number) =>
    parseNdjson(source, file, (bad) => skipBadLine({ ...bad, line }))[0]
  const last = loaded?.file === file ? loaded : undefined
  const change = readFileChange(file, last?.parsed.pieces ?? [])
  const { changes, ...parsed } = parseFile(change, last?.parsed, parseLine)
  const all = parsed.documents.filter((doc) => doc !== undefined)
  const isPublished = (doc: StoredDocument) => !doc._id.startsWith(DRAFT_PREFIX)
  let drafts: DatasetIndex | undefined
  loaded = {
    file,
    version: change.version,
    parsed,
    published: new DatasetIndex(
      all.filter(isPublished),
      last && {
        index: last.published,
        changes: {
          gone: changes.gone.filter(isPublished),
          added: changes.added.filter(isPublished),
        },
      },
    ),
    drafts: () => (drafts ??= new DatasetIndex(overlayDrafts(all))),
  }
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
