import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bucketProfile, bucketsFor } from './profile'

/** A build folder whose proxy loads one chunk of the project's own and one shared package. */
const buildDir = mkdtempSync(path.join(os.tmpdir(), 'profile-test-'))
mkdirSync(path.join(buildDir, 'server'))
writeFileSync(
  path.join(buildDir, 'server', 'middleware.js'),
  'R.c("server/chunks/[root-of-the-server]__proxy._.js")\nR.c("server/chunks/node_modules__shared._.js")',
)
afterAll(() => rmSync(buildDir, { recursive: true, force: true }))

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
})

// A request handled in Next, which calls into the proxy and compresses the answer.
const profile = {
  nodes: [
    frame(1, '(root)', '', [2, 3, 7, 8]),
    frame(2, 'handleRequest', '/x/node_modules/next/dist/server/base-server.js', [4, 5, 6]),
    frame(3, '(idle)', ''),
    frame(4, 'proxy', '/x/web/.next/server/chunks/[root-of-the-server]__proxy._.js', [9]),
    frame(5, 'processChunk', 'node:zlib'),
    frame(6, 'render', '/x/web/.next/server/chunks/ssr/page._.js'),
    frame(7, '(garbage collector)', ''),
    frame(8, 'writev', ''),
    frame(9, 'shared', '/x/web/.next/server/chunks/node_modules__shared._.js'),
  ],
  samples: [3, 4, 9, 5, 5, 6, 7, 8, 2],
  timeDeltas: [9000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
}

describe('the profile benchmark', () => {
  it('puts each busy sample in the first bucket its stack names, and leaves idle out', () => {
    expect(Object.fromEntries(bucketProfile(profile, bucketsFor(buildDir)))).toEqual({
      'proxy (redirects, address check)': 2,
      'compression (gzip per response)': 2,
      'page handler and site code (build)': 1,
      'garbage collection': 1,
      'Node.js (sockets, buffers, other)': 1,
      'Next.js server (routing, headers)': 1,
    })
  })
})
