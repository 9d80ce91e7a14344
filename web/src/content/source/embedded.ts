import { readFile, stat } from 'node:fs/promises'
import { type BadLine, parseNdjson, type StoredDocument } from '@chaffcent/content/dataset'
import { evaluate, parse } from 'groq-js'
import type { ContentSource, Perspective } from './types'

const DRAFT_PREFIX = 'drafts.'

interface LoadedDataset {
  file: string
  version: string
  published: StoredDocument[]
  drafts: StoredDocument[]
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

/** Reads the file again only when it has changed, so an edit to it is seen on the next uncached read. */
async function load(file: string): Promise<LoadedDataset> {
  const info = await stat(file)
  const version = `${info.mtimeMs}:${info.size}`
  if (loaded?.file === file && loaded.version === version) return loaded
  const all = parseNdjson(await readFile(file, 'utf8'), file, skipBadLine)
  loaded = {
    file,
    version,
    published: all.filter((doc) => !doc._id.startsWith(DRAFT_PREFIX)),
    drafts: overlayDrafts(all),
  }
  return loaded
}

/**
 * groq-js evaluating each query in-process over the NDJSON dataset. `clock` is GROQ's `now()`
 * (what decides whether a scheduled article is out yet); tests set it.
 */
export function embeddedSource(file: string, clock: () => Date = () => new Date()): ContentSource {
  return {
    kind: 'embedded',
    async query(query, params, perspective: Perspective) {
      const dataset = await load(file)
      const tree = parse(query, { params })
      const result = await evaluate(tree, {
        dataset: perspective === 'drafts' ? dataset.drafts : dataset.published,
        params,
        timestamp: clock(),
      })
      return result.get()
    },
  }
}
