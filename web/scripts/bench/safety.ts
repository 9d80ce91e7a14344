// `bench.mjs safety`: what the safety work (security headers, the address proxy, the webhook
// checks) costs a visitor. Requests per second of the cached seed article on this build and
// on a build of the commit before that work, measured in turns so machine load hits both alike.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureLoad } from './load.ts'
import { startNextServer } from './next-server.mjs'
import { machineLoad, writeResults } from './output.mjs'
import { finished, startProcess } from './processes.mjs'
import { ARTICLE_PATH, embeddedEnv, PORTS, SITE_DIST_DIR, WEB_DIR } from './settings.mjs'
import { copySiteBuild, ensureSiteBuild } from './site-build.mjs'
import { median } from './stats.mjs'

/** The merge of the edge work, the last commit before the security headers (a5f0b5e) landed. */
export const BEFORE_SAFETY = 'fd06dae'
const BEFORE_TREE = path.join(os.tmpdir(), 'chaffcent-bench-before-safety')
const ROUNDS = 3

export async function run({ rebuild, against }: { rebuild: boolean; against?: string }) {
  const env = embeddedEnv()
  await ensureSiteBuild({ rebuild, env })
  const beforeWeb = await ensureBeforeBuild(against ?? BEFORE_SAFETY, rebuild, env)
  const build = copySiteBuild(SITE_DIST_DIR)
  const after = await startNextServer({
    label: 'safety-after-server',
    dir: WEB_DIR,
    port: PORTS.site,
    env: embeddedEnv({ NEXT_DIST_DIR: SITE_DIST_DIR }),
  })
  const before = await startNextServer({
    label: 'safety-before-server',
    dir: beforeWeb,
    port: PORTS.load,
    env,
  })
  try {
    const servers = { before: before.url + ARTICLE_PATH, after: after.url + ARTICLE_PATH }
    const results = { before: [] as number[], after: [] as number[] }
    for (const url of Object.values(servers)) await measureLoad(url, 2) // warm-up
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, url] of Object.entries(servers) as ['before' | 'after', string][]) {
        const result = await measureLoad(url)
        results[name].push(result.requestsPerSecond)
        console.log(
          `  round ${round} ${name.padEnd(6)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s (p99 ${result.latencyP99Ms} ms, ${result.non2xx} non-2xx, ${result.errors} errors)`,
        )
      }
    }
    report(results, await headerBytes(servers.before), await headerBytes(servers.after))
  } finally {
    await Promise.all([before.stop(), after.stop()])
    build.remove()
  }
}

/** A detached work tree of the earlier commit, installed and built once, then reused. */
async function ensureBeforeBuild(ref: string, rebuild: boolean, env: NodeJS.ProcessEnv) {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`], WEB_DIR)
  const stamp = path.join(BEFORE_TREE, '.bench-built-commit')
  const web = path.join(BEFORE_TREE, 'web')
  if (!rebuild && existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) {
    console.log(`Before: reusing the build of ${commit.slice(0, 7)} in ${BEFORE_TREE}`)
    return web
  }
  console.log(`Before: checking out and building ${commit.slice(0, 7)} in ${BEFORE_TREE}…`)
  git(['worktree', 'remove', '--force', BEFORE_TREE], WEB_DIR, true)
  git(['worktree', 'prune'], WEB_DIR)
  git(['worktree', 'add', '--detach', BEFORE_TREE, commit], WEB_DIR)
  const pnpm = ['-y', 'pnpm@12.4.2', 'install', '--frozen-lockfile', '--prefer-offline']
  await finished(startProcess('npx', pnpm, { cwd: BEFORE_TREE, env, output: 'inherit' }), 'install')
  const next = path.join(web, 'node_modules', 'next', 'dist', 'bin', 'next')
  const build = startProcess(process.execPath, [next, 'build'], {
    cwd: web,
    env,
    output: 'inherit',
  })
  await finished(build, 'next build (before)')
  writeFileSync(stamp, commit)
  return web
}

function git(args: string[], cwd: string, mayFail = false) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: 'pipe' }).trim()
  } catch (error) {
    if (mayFail) return ''
    throw error
  }
}

/** Response header bytes as they go over the wire (name, value, separators). */
async function headerBytes(url: string) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  await response.arrayBuffer()
  let bytes = 0
  response.headers.forEach((value, name) => (bytes += name.length + value.length + 4))
  return bytes
}

function report(results: Record<'before' | 'after', number[]>, before: number, after: number) {
  const rps = { before: median(results.before) ?? 0, after: median(results.after) ?? 0 }
  const change = ((rps.after - rps.before) / rps.before) * 100
  console.log(`\nCached seed article, median of ${ROUNDS} rounds of 10 s at 32 connections:`)
  console.log(
    `  before the safety work  ${rps.before.toFixed(0).padStart(6)} req/s, ${before} header bytes`,
  )
  console.log(
    `  now                     ${rps.after.toFixed(0).padStart(6)} req/s, ${after} header bytes`,
  )
  console.log(`  change                  ${change >= 0 ? '+' : ''}${change.toFixed(1)} %`)
  const load = machineLoad()
  console.log(`  load average ${load.average} on ${load.cores} cores`)
  writeResults('safety.json', {
    rounds: results,
    median: rps,
    headerBytes: { before, after },
    load,
  })
}
