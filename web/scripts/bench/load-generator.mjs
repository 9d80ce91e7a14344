// Keeps `connections` requests in flight against one address until stopped, counting answers:
// 64 visitors each asking again as soon as a page arrives, over kept-alive connections.
import http from 'node:http'
import { performance } from 'node:perf_hooks'

function get(url, agent) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')))
  })
}

export function startLoad(url, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const counts = { requests: 0, errors: 0, statuses: {}, failures: [] }
  let running = true
  const started = performance.now()
  const visitor = async () => {
    while (running) {
      try {
        const status = await get(url, agent)
        counts.statuses[status] = (counts.statuses[status] ?? 0) + 1
        if (status !== 200) counts.errors += 1
      } catch (error) {
        counts.errors += 1
        if (counts.failures.length < 5) counts.failures.push(String(error?.message ?? error))
      }
      counts.requests += 1
    }
  }
  const visitors = Array.from({ length: connections }, visitor)
  return {
    async stop() {
      running = false
      await Promise.all(visitors)
      agent.destroy()
      const seconds = (performance.now() - started) / 1000
      return { ...counts, seconds, perSecond: counts.requests / seconds }
    },
  }
}
