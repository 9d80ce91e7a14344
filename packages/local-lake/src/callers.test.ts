import { readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { article, startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

const STUDIO = 'http://localhost:3333'
const EVIL = 'http://evil.example'
const MUTATE = '/v2025-02-19/data/mutate/production'
const aWrite = JSON.stringify({ mutations: [{ create: article('b', 'Written by a stranger') }] })

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so the test names the Host and Origin a browser (or an attacker's page) would. */
function send(method: string, path: string, headers: Record<string, string>, body = '') {
  const { port } = new URL(lake.origin)
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = httpRequest({ port, host: '127.0.0.1', method, path, headers }, (incoming) => {
      let text = ''
      incoming.on('data', (chunk: Buffer) => (text += chunk.toString()))
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text }),
      )
    })
    outgoing.on('error', reject).end(body)
  })
}

const json = { 'content-type': 'application/json' }
const unchanged = (before: string) => expect(readFileSync(lake.datasetFile, 'utf8')).toBe(before)

describe('the local Content Lake answers its own studio only', () => {
  it('refuses a cross-site text/plain write (no preflight in a browser), changing nothing', async () => {
    lake = await startTestLake([article('a', 'A')], { studioOrigins: [STUDIO] })
    const before = readFileSync(lake.datasetFile, 'utf8')
    const plain = { 'content-type': 'text/plain;charset=UTF-8' }
    const fromPage = await send('POST', MUTATE, { ...plain, origin: EVIL }, aWrite)
    expect(fromPage.status).toBe(403)
    expect(fromPage.body).toContain('Only the local studio may write')
    // Even with no origin named, a body a form could send is not taken as a write.
    expect((await send('POST', MUTATE, plain, aWrite)).status).toBe(415)
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    expect((await send('POST', '/v1/assets/images/production', form, 'x')).status).toBe(415)
    unchanged(before)
  })

  it('refuses a JSON write from another page, and its preflight', async () => {
    lake = await startTestLake([article('a', 'A')], { studioOrigins: [STUDIO] })
    const before = readFileSync(lake.datasetFile, 'utf8')
    expect((await send('POST', MUTATE, { ...json, origin: EVIL }, aWrite)).status).toBe(403)
    const preflight = await send('OPTIONS', MUTATE, {
      origin: EVIL,
      'access-control-request-method': 'POST',
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    unchanged(before)
  })

  it('refuses every request under a name that is not its own (DNS rebinding)', async () => {
    lake = await startTestLake([article('a', 'A')], { studioOrigins: [STUDIO] })
    const before = readFileSync(lake.datasetFile, 'utf8')
    const rebound = { ...json, host: 'evil.example:3400', origin: 'http://evil.example:3400' }
    const write = await send('POST', MUTATE, rebound, aWrite)
    expect(write.status).toBe(403)
    expect(write.body).toContain('answers only as localhost, <name>.localhost')
    for (const host of ['evil.example', 'localhost.evil.example', '127.0.0.2', 'localhost:x:y'])
      expect((await send('GET', '/health', { host })).status, host).toBe(403)
    unchanged(before)
  })

  it('takes the studio’s writes with CORS for it, and Node clients’ JSON writes', async () => {
    lake = await startTestLake([article('a', 'A')], { studioOrigins: [STUDIO] })
    const preflight = await send('OPTIONS', MUTATE, {
      origin: STUDIO,
      host: 'placeholder.localhost:3401',
      'access-control-request-method': 'POST',
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe(STUDIO)
    const studio = await send('POST', MUTATE, { ...json, origin: STUDIO }, aWrite)
    expect(studio.status).toBe(200)
    expect(studio.headers['access-control-allow-origin']).toBe(STUDIO)
    const node = JSON.stringify({ mutations: [{ create: article('c', 'From a test') }] })
    expect((await send('POST', MUTATE, json, node)).status).toBe(200)
    expect(readFileSync(lake.datasetFile, 'utf8')).toContain('From a test')
  })

  it('answers another page’s reads without CORS, so that page cannot read them', async () => {
    lake = await startTestLake([article('a', 'A')], { studioOrigins: [STUDIO] })
    const read = await send('GET', '/v1/data/doc/production/a', { origin: EVIL })
    expect(read.status).toBe(200)
    expect(read.headers['access-control-allow-origin']).toBeUndefined()
  })
})
