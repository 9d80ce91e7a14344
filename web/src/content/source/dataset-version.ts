import { type BadLine, parseNdjson, type StoredDocument } from '@chaffcent/content/dataset'
import { type ParsedFile, parseFile } from './dataset-file'
import { readFileChange } from './file-changes/read-file-change'
import { DatasetIndex } from './indexed-reads/dataset-index'
import { patched } from './indexed-reads/patch-lists'

const DRAFT_PREFIX = 'drafts.'

/** One version of the dataset file, parsed and indexed. */
export interface DatasetVersion {
  file: string
  version: string
  parsed: ParsedFile
  published: DatasetIndex
  /** Built on an editor's first draft read of this version: visitors never need it. */
  drafts: () => DatasetIndex
}

/** A broken line costs the site that line only: it is logged and skipped. */
const skipBadLine = ({ file, line, problem }: BadLine) =>
  console.error(`[content] ${file}:${line} ${problem}; skipped`)

/** Drafts laid over their published documents, under the published id, as Sanity's drafts perspective does. */
function overlayDrafts(documents: StoredDocument[]): StoredDocument[] {
  const byId = new Map<string, StoredDocument>()
  for (const doc of documents) if (!doc._id.startsWith(DRAFT_PREFIX)) byId.set(doc._id, doc)
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT_PREFIX)) continue
    const publishedId = doc._id.slice(DRAFT_PREFIX.length)
    byId.set(publishedId, { ...doc, _id: publishedId, _originalId: doc._id })
  }
  return [...byId.values()]
}

const isPublished = (doc: StoredDocument) => !doc._id.startsWith(DRAFT_PREFIX)

/**
 * The file as it is now, built from `last` (its last version, if any): only the bytes that
 * changed are kept anew and parsed (`parseFile`), and the published list and its index are
 * the last ones patched where documents went and came.
 */
export function nextVersion(file: string, last?: DatasetVersion): DatasetVersion {
  const parseLine = (source: string, line: number) =>
    parseNdjson(source, file, (bad) => skipBadLine({ ...bad, line }))[0]
  const change = readFileChange(file, last?.parsed.pieces ?? [])
  const { changes, ...parsed } = parseFile(change, last?.parsed, parseLine)
  const gone = changes.gone.filter(isPublished)
  const added = changes.added.filter(isPublished)
  const published = last
    ? patched(
        last.published.documents,
        { gone: new Set(gone), added },
        parsed.documents,
        isPublished,
      )
    : parsed.documents.filter((doc): doc is StoredDocument => doc !== undefined && isPublished(doc))
  let drafts: DatasetIndex | undefined
  const all = () => parsed.documents.filter((doc) => doc !== undefined)
  return {
    file,
    version: change.version,
    parsed,
    published: new DatasetIndex(
      published,
      last && { index: last.published, changes: { gone, added } },
    ),
    drafts: () => (drafts ??= new DatasetIndex(overlayDrafts(all()))),
  }
}
