import type { IncomingMessage } from 'node:http'
import { performance } from 'node:perf_hooks'
import { evaluate, parse } from 'groq-js'
import type { Dataset } from './dataset'
import { badRequest, readJson } from './http'
import { documentsFor } from './perspective'
import { contentSourceMap } from './source-map'

/** `$name=<JSON>` search parameters, as the client sends a GET query's parameters. */
export function paramsOf(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`The parameter ${key} is not JSON`)
    }
  }
  return params
}

async function readQuery(request: IncomingMessage, url: URL) {
  if (request.method !== 'POST') {
    return { query: url.searchParams.get('query'), params: paramsOf(url.searchParams) }
  }
  const body = (await readJson(request)) as { query?: unknown; params?: Record<string, unknown> }
  return { query: body.query, params: body.params ?? {} }
}

/**
 * Sanity's search function `text::query(q)`, which groq-js lacks, read as the plain pattern
 * `q`: the studio's lists and search then match with GROQ's `match`, without relevance scoring.
 */
export const forGroqJs = (query: string) => query.replaceAll('text::query(', '(')

/**
 * `/data/query`: GROQ by groq-js over the documents the perspective sees; `{ query, result, ms }`,
 * with `resultSourceMap` when asked (the client asks in preview, for click-to-edit).
 */
export async function answerQuery(request: IncomingMessage, url: URL, dataset: Dataset) {
  const started = performance.now()
  const { query, params } = await readQuery(request, url)
  if (typeof query !== 'string' || !query.trim()) throw badRequest('The query is missing')
  const documents = documentsFor(dataset.all(), url.searchParams.get('perspective'))
  let result: unknown
  try {
    const tree = parse(forGroqJs(query), { params })
    const options = { dataset: documents, params, identity: 'local-editor' }
    result = await (await evaluate(tree, options)).get()
  } catch (error) {
    throw badRequest(`Query failed: ${(error as Error).message}`)
  }
  const sourceMap = url.searchParams.has('resultSourceMap')
    ? { resultSourceMap: contentSourceMap(result, documents) }
    : {}
  return { query, result, ...sourceMap, ms: Math.round(performance.now() - started) }
}
