/**
 * A Content Source Map for a query's result, enough for @sanity/client's stega encoding
 * (click-to-edit in the Presentation tool). The Content Lake traces each value through the
 * query; groq-js keeps no provenance, so this finds each string of the result in the queried
 * documents by value: the first path holding that exact string in the document the result
 * shows there (the nearest `_id` around it), else in any document. It has the Lake's shape
 * (documents, paths, mappings keyed by the result's JSON path), so the client's own filter
 * decides from the source path what to encode (titles) and what to leave (slugs, dates, URLs,
 * `_type`, SEO fields), and it marks somewhat more than the Lake would.
 */
import type { LakeDocument } from './dataset'

type Segment = string | number | { _key: string }
type Visit = (value: string, sourcePath: Segment[], resultPath: Segment[], owner?: string) => void

const escape = (name: string) => name.replace(/[\\']/g, (c) => `\\${c}`)

/** `$['body'][?(@._key=='a1')]['text']`: array items by key where they have one, as the Lake does. */
const jsonPath = (path: Segment[]) =>
  `$${path
    .map((segment) => {
      if (typeof segment === 'string') return `['${escape(segment)}']`
      if (typeof segment === 'number') return `[${segment}]`
      return `[?(@._key=='${escape(segment._key)}')]`
    })
    .join('')}`

/** The position of `item` in `list`, added at the end the first time. */
function indexIn<T>(list: T[], item: T): number {
  const at = list.indexOf(item)
  return at >= 0 ? at : list.push(item) - 1
}

function walkStrings(
  value: unknown,
  visit: Visit,
  sourcePath: Segment[] = [],
  resultPath: Segment[] = [],
  owner?: string,
): void {
  if (typeof value === 'string') return visit(value, sourcePath, resultPath, owner)
  if (!value || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  const ownerHere = typeof record._id === 'string' ? record._id : owner
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      const key = (item as { _key?: unknown } | null)?._key
      const segment = typeof key === 'string' && key !== '' ? { _key: key } : index
      walkStrings(item, visit, [...sourcePath, segment], [...resultPath, index], ownerHere)
    })
    return
  }
  for (const [name, item] of Object.entries(record)) {
    walkStrings(item, visit, [...sourcePath, name], [...resultPath, name], ownerHere)
  }
}

export function contentSourceMap(result: unknown, documents: LakeDocument[]) {
  const sources = new Map<string, { document: LakeDocument; path: string }[]>()
  for (const document of documents) {
    walkStrings(document, (value, path) => {
      const found = sources.get(value) ?? []
      found.push({ document, path: jsonPath(path) })
      sources.set(value, found)
    })
  }
  const sourceDocuments: LakeDocument[] = []
  const paths: string[] = []
  const mappings: Record<string, unknown> = {}
  walkStrings(result, (value, _sourcePath, resultPath, owner) => {
    const candidates = sources.get(value) ?? []
    const source = candidates.find(({ document }) => document._id === owner) ?? candidates[0]
    if (!source) return
    mappings[jsonPath(resultPath)] = {
      type: 'value',
      source: {
        type: 'documentValue',
        document: indexIn(sourceDocuments, source.document),
        path: indexIn(paths, source.path),
      },
    }
  })
  // A draft laid over its published document names itself by its own (drafts.) id.
  const named = sourceDocuments.map(({ _id, _originalId, _type }) => ({
    _id: typeof _originalId === 'string' ? _originalId : _id,
    _type,
  }))
  return { documents: named, paths, mappings }
}
