// A local stand-in for the Sanity Content Lake's query API, so the hosted content path
// (next-sanity's client) can be built and browsed with no network. It answers GROQ with groq-js
// over the studio's seed export, in the shape the real API answers, and counts the queries it
// serves (GET /stats) so tests can prove a server read through it.
// Outage drills drive it with POST /control: {"mode":"hang"} takes queries and never answers,
// {"mode":"fail"} answers 503, {"mode":"up"} serves again (and lets hung requests go);
// {"publish":{…document}} replaces or adds a published document, {"reset":true} restores the seed.
// A query that asks for `resultSourceMap` (the client does in preview, for click-to-edit) gets
// one from ./content-source-map.mjs.
// Run with PORT; set DEBUG_STAND_IN to log each query's path.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { evaluate, parse } from 'groq-js'
import { contentSourceMap } from './content-source-map.mjs'

const DATASET_NAME = 'production'
const DATASET_FILE = fileURLToPath(
  new URL('../../../studio/seed/production.ndjson', import.meta.url),
)
const DRAFT_PREFIX = 'drafts.'
// `/v2025-02-19/data/query/production`: the client's path when `useProjectHostname` is false.
const QUERY_PATH = /^\/v[\w-]+\/data\/query\/([\w-]+)$/

const documents = readFileSync(DATASET_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))

const seedPublished = documents.filter((doc) => !doc._id.startsWith(DRAFT_PREFIX))
let published = [...seedPublished]

/** Drafts laid over their published documents, under the published id, as Sanity does. */
function withDraftsOverlaid() {
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT_PREFIX)) continue
    const id = doc._id.slice(DRAFT_PREFIX.length)
    byId.set(id, { ...doc, _id: id, _originalId: doc._id })
  }
  return [...byId.values()]
}

function datasetFor(perspective) {
  const drafts = perspective === 'drafts' || perspective === 'previewDrafts'
  return drafts ? withDraftsOverlaid() : published
}

/** The query and its `$name` parameters: from the URL for GET, the JSON body for POST. */
async function readQuery(request, url) {
  if (request.method === 'POST') {
    const chunks = []
    for await (const chunk of request) chunks.push(chunk)
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    return { query: body.query, params: body.params ?? {} }
  }
  const params = {}
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  }
  return { query: url.searchParams.get('query'), params }
}

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

function sendError(response, status, type, description) {
  send(response, status, { error: { type, description } })
}

let queriesServed = 0
/** 'up', 'hang' or 'fail': how the stand-in answers queries, set by POST /control. */
let mode = 'up'
const hungResponses = new Set()

async function control(request, response) {
  const chunks = []
  for await (const chunk of request) chunks.push(chunk)
  const command = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  if (command.mode) {
    if (!['up', 'hang', 'fail'].includes(command.mode)) {
      return sendError(response, 400, 'httpBadRequest', 'mode is one of up, hang, fail')
    }
    mode = command.mode
    if (mode !== 'hang') for (const hung of hungResponses) hung.destroy()
    if (mode !== 'hang') hungResponses.clear()
  }
  if (command.publish) {
    published = [...published.filter((doc) => doc._id !== command.publish._id), command.publish]
  }
  if (command.reset) published = [...seedPublished]
  send(response, 200, { mode, documents: published.length })
}

async function answerQuery(request, response, url) {
  const started = performance.now()
  const { query, params } = await readQuery(request, url)
  if (typeof query !== 'string' || !query.trim()) {
    return sendError(response, 400, 'httpBadRequest', 'The query is missing')
  }
  const perspective = url.searchParams.get('perspective') ?? 'published'
  if (process.env.DEBUG_STAND_IN) {
    console.log(`[stand-in] ${request.method} ${url.pathname} (${perspective})`)
  }
  const dataset = datasetFor(perspective)
  let result
  try {
    const tree = parse(query, { params })
    result = await (await evaluate(tree, { dataset, params })).get()
  } catch (error) {
    return sendError(response, 400, 'queryParseError', String(error?.message ?? error))
  }
  queriesServed += 1
  const withSourceMap = url.searchParams.has('resultSourceMap')
  send(response, 200, {
    query,
    result,
    ...(withSourceMap ? { resultSourceMap: contentSourceMap(result, dataset) } : {}),
    ms: Math.round(performance.now() - started),
  })
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://stand-in.local')
  if (request.method === 'GET' && url.pathname === '/health') {
    return send(response, 200, { ok: true })
  }
  if (request.method === 'GET' && url.pathname === '/stats') {
    return send(response, 200, { queries: queriesServed })
  }
  if (request.method === 'POST' && url.pathname === '/control') {
    return control(request, response).catch((error) =>
      sendError(response, 400, 'httpBadRequest', String(error?.message ?? error)),
    )
  }
  const match = QUERY_PATH.exec(url.pathname)
  if (!match || (request.method !== 'GET' && request.method !== 'POST')) {
    return sendError(response, 404, 'httpNotFound', 'Not found')
  }
  if (match[1] !== DATASET_NAME) {
    return sendError(response, 404, 'httpNotFound', `Dataset "${match[1]}" not found`)
  }
  if (mode === 'hang') return void hungResponses.add(response)
  if (mode === 'fail') return sendError(response, 503, 'serviceUnavailable', 'The drill says down')
  answerQuery(request, response, url).catch((error) =>
    sendError(response, 400, 'httpBadRequest', String(error?.message ?? error)),
  )
})

server.listen(Number(process.env.PORT ?? 3111), '127.0.0.1', () => {
  const { port } = server.address()
  console.log(`[stand-in] Content Lake stand-in on port ${port}: ${published.length} documents`)
})
