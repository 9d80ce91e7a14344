// `pnpm bench visitor-cost`: what one visitor can make one instance spend, per kind of request.
// One production server on a copy of the site's build (embedded dataset); for each kind, the
// CPU seconds its whole process group used (from /proc), the disk its build folder gained and
// its resident memory after, over a run of requests sent eight at a time from one address.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { signedWebhookHeaders } from '@chaffcent/content/webhook-signature'
import { ARTICLE_ID, ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { copySiteBuild, ensureSiteBuild, startNextServer } from './processes.ts'
import {
  type BenchOptions,
  DIST_DIRS,
  machineLoad,
  PORTS,
  WEB_DIR,
  writeResults,
} from './settings.ts'

const REQUESTS = 500
const IN_FLIGHT = 8
const SECRET = 'bench-visitor-cost-secret'
/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100

type Send = (i: number) => Promise<Response>

export async function run({ rebuild }: BenchOptions): Promise<void> {
  await ensureSiteBuild(rebuild, process.env)
  const copy = copySiteBuild(DIST_DIRS.visitorCost)
  const distDir = path.join(WEB_DIR, DIST_DIRS.visitorCost)
  const server = await startNextServer({
    label: 'visitor-cost',
    port: PORTS.visitorCost,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIRS.visitorCost, SANITY_REVALIDATE_SECRET: SECRET },
  })
  const get = (address: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${address}`, { headers })
  const webhook = async (signature: 'forged' | 'signed') => {
    const body = JSON.stringify({
      _id: ARTICLE_ID,
      _type: 'article',
      slug: ARTICLE_PATH.split('/').pop(),
    })
    const headers = await signedWebhookHeaders(
      body,
      signature === 'signed' ? SECRET : 'not-the-secret',
    )
    return fetch(`${server.url}/api/revalidate`, { method: 'POST', headers, body })
  }
  const kinds: [string, Send, number][] = [
    ['cached page', () => get(ARTICLE_PATH), REQUESTS],
    [
      'cached page, junk draft cookie and query',
      (i) => get(`${ARTICLE_PATH}?utm=${i}`, { cookie: `__prerender_bypass=${i}` }),
      REQUESTS,
    ],
    ['unknown address', (i) => get(`/insights/no-such-article-${i}`), REQUESTS],
    ['listing page past the last', (i) => get(`/insights/page/${1000 + i}`), REQUESTS],
    [
      'refused image request',
      (i) => get(`/images/local/embedded/${'0'.repeat(40)}-4000x4000.jpg?w=${4000 + i}&q=100`),
      REQUESTS,
    ],
    ['forged webhook', () => webhook('forged'), REQUESTS],
    [
      'signed webhook and the render it causes',
      async () => {
        await webhook('signed')
        return get(ARTICLE_PATH)
      },
      50,
    ],
  ]
  try {
    await get(ARTICLE_PATH)
    const rows = []
    for (const [kind, send, count] of kinds)
      rows.push({ kind, ...(await measure(server.pid, distDir, send, count)) })
    console.log(`\nOne instance, requests from one address, ${IN_FLIGHT} at a time:`)
    console.table(rows)
    writeResults('visitor-cost.json', { load: machineLoad(), rows })
  } finally {
    await server.stop()
    await copy.remove()
  }
}

async function measure(leader: number, distDir: string, send: Send, count: number) {
  const statuses = new Map<number, number>()
  const [cpuBefore, diskBefore] = [groupCpuSeconds(leader), folderBytes(distDir)]
  let next = 0
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const response = await send(i)
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  const cpu = groupCpuSeconds(leader) - cpuBefore
  return {
    requests: count,
    statuses: [...statuses].map(([status, n]) => `${status}×${n}`).join(' '),
    'CPU ms a request': Number(((cpu * 1000) / count).toFixed(2)),
    'disk KB gained': Math.round((folderBytes(distDir) - diskBefore) / 1024),
    'RSS MB after': Math.round(groupRssBytes(leader) / 2 ** 20),
  }
}

/** The processes of the server's group (it was started detached, as its own group's leader). */
function groupMembers(leader: number): string[][] {
  const members: string[][] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // Fields after the command name, which may hold spaces: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === leader) members.push([pid, ...fields])
    } catch {
      // The process ended while we looked.
    }
  }
  return members
}

const groupCpuSeconds = (leader: number) =>
  groupMembers(leader).reduce((sum, [, ...f]) => sum + Number(f[11]) + Number(f[12]), 0) /
  TICKS_PER_SECOND

const groupRssBytes = (leader: number) =>
  groupMembers(leader).reduce((sum, [pid]) => {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return sum + Number(rss?.[1] ?? 0) * 1024
  }, 0)

function folderBytes(folder: string): number {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}
