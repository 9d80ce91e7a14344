import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { origin } from '../../../scripts/processes/loopback.ts'
import { STUDIO_API_PORT, STUDIO_LAKE_PORT } from '../../support/servers'
import { expect, lakeQuery, test } from './studio'

/**
 * While `pnpm local` runs, any page the editor opens can send requests to loopback. Here a
 * page on another origin (another port is another origin) tries every write a browser lets
 * it send without the lake's consent, and the dataset must not change.
 */
const INTRUDER_ID = 'article-written-by-another-page'
const write = JSON.stringify({
  mutations: [{ createOrReplace: { _id: INTRUDER_ID, _type: 'article', title: 'Intruder' } }],
})
const MUTATE = '/v2025-02-19/data/mutate/production'
const targets = [
  `${origin(STUDIO_LAKE_PORT)}${MUTATE}`,
  `https://localhost:${STUDIO_API_PORT}${MUTATE}`,
  `https://e2eproject.localhost:${STUDIO_API_PORT}${MUTATE}`,
]

/** The attacker's page: no-preflight fetches, a preflighted one, and `text/plain` form posts. */
const attackerPage = () => `<!doctype html><html><body><script>
const body = ${JSON.stringify(write)}
const targets = ${JSON.stringify(targets)}
const attempts = targets.flatMap((url) => [
  fetch(url, { method: 'POST', mode: 'no-cors', body }),
  fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include', body: new Blob([body]) }),
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.name = 'sink-' + Math.random().toString(36).slice(2)
    frame.onload = resolve
    document.body.append(frame)
    const form = Object.assign(document.createElement('form'), {
      method: 'POST', action: url, enctype: 'text/plain', target: frame.name,
    })
    // A text/plain form sends name=value: the name carries the JSON, the value pads it.
    const field = Object.assign(document.createElement('input'), {
      name: body.slice(0, -1) + ',"padding":"', value: '"}',
    })
    form.append(field)
    document.body.append(form)
    form.submit()
  }),
])
Promise.allSettled(attempts).then((results) => {
  document.title = 'done: ' + results.map((result) => result.status).join(',')
})
</script></body></html>`

let attacker: Server
let attackerOrigin: string
test.beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackerPage())
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  attackerOrigin = origin((attacker.address() as AddressInfo).port)
})
test.afterAll(() => attacker.close())

test('a page on another origin cannot change the dataset', async ({ page }) => {
  const before = await lakeQuery<number>('count(*)')
  const lakeAnswers: number[] = []
  page.on('response', (response) => {
    if (response.url().includes(MUTATE)) lakeAnswers.push(response.status())
  })
  await page.goto(attackerOrigin)
  await expect(page).toHaveTitle(/^done: /, { timeout: 15_000 })
  expect(await lakeQuery(`*[_id == "${INTRUDER_ID}"][0]`)).toBeNull()
  expect(await lakeQuery<number>('count(*)')).toBe(before)
  // The requests did reach the lake, and it refused every one.
  expect(lakeAnswers.length).toBeGreaterThan(0)
  expect(lakeAnswers.filter((status) => status < 400)).toEqual([])
})
