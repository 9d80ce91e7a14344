// A minimal Content Source Map for the Content Lake stand-in, enough for @sanity/client's stega
// encoding (click-to-edit in preview). The real Lake traces each value of a result through the
// query; the stand-in cannot (groq-js keeps no provenance), so it finds each string of the result
// in the queried documents by value: the first path holding that exact string in the document
// the result shows there (the nearest `_id` around it), else in any document, is its source. Same shape as the Lake's `resultSourceMap` (documents, paths, mappings keyed by the
// result's JSON path with array indexes), so the client's own filter decides, from the source
// path, what to encode (titles) and what to leave (slugs, dates, URLs, _type, seo fields…).

const escape = (name) => name.replace(/[\\']/g, (c) => `\\${c}`)

/** `$['body'][?(@._key=='a1')]['text']`: array items by key where they have one, as the Lake does. */
const jsonPath = (path) =>
  `$${path
    .map((segment) => {
      if (typeof segment === 'string') return `['${escape(segment)}']`
      if (typeof segment === 'number') return `[${segment}]`
      return `[?(@._key=='${escape(segment._key)}')]`
    })
    .join('')}`

/** The position of `item` in `list`, added at the end the first time. */
function indexIn(list, item) {
  const at = list.indexOf(item)
  return at >= 0 ? at : list.push(item) - 1
}

/** Calls `visit(value, sourcePath, resultPath, ownerId)` for every string leaf. */
function walkStrings(value, visit, sourcePath = [], resultPath = [], ownerId = undefined) {
  if (typeof value === 'string') return visit(value, sourcePath, resultPath, ownerId)
  const owner = typeof value?._id === 'string' ? value._id : ownerId
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const keyed = typeof item?._key === 'string' && item._key !== ''
      const segment = keyed ? { _key: item._key } : index
      walkStrings(item, visit, [...sourcePath, segment], [...resultPath, index], owner)
    })
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) {
      walkStrings(item, visit, [...sourcePath, name], [...resultPath, name], owner)
    }
  }
}

/** The source map of `result`, a query evaluated over `dataset`. */
export function contentSourceMap(result, dataset) {
  const sources = new Map()
  for (const document of dataset) {
    walkStrings(document, (value, path) => {
      if (!sources.has(value)) sources.set(value, [])
      sources.get(value).push({ document, path: jsonPath(path) })
    })
  }
  const sourceDocuments = []
  const paths = []
  const mappings = {}
  walkStrings(result, (value, _sourcePath, resultPath, ownerId) => {
    const candidates = sources.get(value) ?? []
    const source = candidates.find(({ document }) => document._id === ownerId) ?? candidates[0]
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
  const documents = sourceDocuments.map(({ _id, _originalId, _type }) => ({
    _id: _originalId ?? _id,
    _type,
  }))
  return { documents, paths, mappings }
}
