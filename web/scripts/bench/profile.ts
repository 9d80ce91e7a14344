// `pnpm bench profile`: where one instance spends its CPU serving a cached article. The site's
// own build runs under V8's sampling profiler (`--cpu-prof`) while autocannon asks for the
// article with gzip, as browsers do; each sample is put in the first bucket its stack names,
// and the buckets are printed as shares of the busy time (idle left out).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ARTICLE_PATH } from '../../tests/support/cluster-helpers.ts'
import { BUILD_DIR, ensureSiteBuild, startNextServer } from './processes.ts'
import { type BenchOptions, embeddedEnv, machineLoad, PORTS, writeResults } from './settings.ts'
import { describeThroughput, measureThroughput } from './throughput.ts'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * The proxy's own code: the chunks `.next/server/middleware.js` loads that hold the project's
 * modules (not its shared packages), and Next's frames that call into it.
 */
function proxyFrames(buildDir: string) {
  const loader = readFileSync(path.join(buildDir, 'server', 'middleware.js'), 'utf8')
  const chunks = [...loader.matchAll(/R\.c\("(server\/chunks\/\[root-of-the-server\][^"]+)"\)/g)]
  const ownChunks = chunks.map(([, chunk]) => `/.next/${chunk}`)
  return ({ functionName, url }: ProfileNode['callFrame']) =>
    ownChunks.some((chunk) => url.endsWith(chunk)) ||
    url.endsWith('/next/dist/server/web/adapter.js') ||
    functionName === 'runMiddleware'
}

/** Buckets, tried in order against every frame of a sample's stack, innermost first. */
export const bucketsFor = (
  buildDir: string,
): [string, (frame: ProfileNode['callFrame']) => boolean][] => [
  ['compression (gzip per response)', ({ url }) => url === 'node:zlib'],
  ['proxy (redirects, address check)', proxyFrames(buildDir)],
  ['garbage collection', ({ functionName }) => functionName === '(garbage collector)'],
  // The build's chunks hold Next's page handler as well as the site's modules (the cache
  // handler among them): a profile cannot tell them apart by file.
  ['page handler and site code (build)', ({ url }) => url.includes('/.next/server/')],
  ['Next.js server (routing, headers)', ({ url }) => url.includes('/next/dist/')],
]
const OTHER = 'Node.js (sockets, buffers, other)'
const NOT_BUSY = new Set(['(idle)', '(program)'])

/** Milliseconds of busy CPU per bucket. */
export function bucketProfile(
  { nodes, samples, timeDeltas }: Profile,
  buckets: ReturnType<typeof bucketsFor>,
): Map<string, number> {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const totals = new Map<string, number>()
  samples.forEach((id, index) => {
    if (NOT_BUSY.has(byId.get(id)!.callFrame.functionName)) return
    let bucket = OTHER
    const stack: ProfileNode['callFrame'][] = []
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      stack.push(byId.get(at)!.callFrame)
    }
    for (const [name, matches] of buckets) {
      if (stack.some(matches)) {
        bucket = name
        break
      }
    }
    totals.set(bucket, (totals.get(bucket) ?? 0) + (timeDeltas[index] ?? 0) / 1000)
  })
  return totals
}

export async function run({ rebuild, seconds }: BenchOptions): Promise<void> {
  await ensureSiteBuild(rebuild, embeddedEnv())
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-profile-'))
  const env = embeddedEnv({ NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${dir}` })
  const server = await startNextServer({ label: 'profile-server', port: PORTS.load, env })
  const url = server.url + ARTICLE_PATH
  for (let warm = 0; warm < 3; warm++) await fetch(url).then((response) => response.text())
  const throughput = await measureThroughput(url, seconds)
  await server.stop()
  // Only the server's own process answers pages: its profile is the largest.
  const files = readdirSync(dir).map((name) => path.join(dir, name))
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!
  const profile = JSON.parse(readFileSync(largest, 'utf8')) as Profile
  const buckets = bucketProfile(profile, bucketsFor(BUILD_DIR))
  rmSync(dir, { recursive: true, force: true })
  const busy = [...buckets.values()].reduce((sum, ms) => sum + ms, 0)
  console.log(`\nA cached article under load (${ARTICLE_PATH}), one instance, CPU profile`)
  console.log(describeThroughput('article', throughput))
  for (const [name, ms] of [...buckets].sort((a, b) => b[1] - a[1])) {
    console.log(
      `  ${name.padEnd(36)} ${((ms / busy) * 100).toFixed(1).padStart(5)} % (${ms.toFixed(0)} ms)`,
    )
  }
  console.log(`  busy ${busy.toFixed(0)} ms; machine load ${machineLoad().average}`)
  writeResults('profile.json', {
    measuredAt: new Date().toISOString(),
    page: ARTICLE_PATH,
    throughput,
    busyMs: busy,
    buckets: Object.fromEntries(buckets),
  })
}
