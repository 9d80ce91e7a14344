// `pnpm bench images`: what the site's own image endpoint (src/images/serve, embedded dataset)
// costs. The same variant asked for 100 times, then 100 distinct variants (another crop each:
// the one thing a stranger may vary, as sizes are fixed), with CPU seconds and the disk the kept
// variants take; and, for scale, the same variant 100 times with nothing kept (a render each).
// In-process, through the handler the route calls: Next's own share of a request is left out.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { serveImage } from '../../src/images/serve/handler.ts'
import { createVariantCache, type VariantCache } from '../../src/images/serve/variant-cache.ts'
import { machineLoad, writeResults } from './settings.ts'

/** A photo-sized source with noise in it, so encoding costs what a real photo costs. */
const SOURCE = { width: 2400, height: 1600 }
const FILE = `bench0-${SOURCE.width}x${SOURCE.height}.jpg`
const REQUESTS = 100
const host = { projectId: 'local', dataset: 'embedded', baseUrl: '/' }
/** The largest cover the site links: 1440 wide, cut to 16:9. */
const SIZE = 'w=1440&h=810&fit=max&auto=format'

export async function run() {
  const work = mkdtempSync(path.join(os.tmpdir(), 'chaffcent-bench-images-'))
  try {
    const assets = path.join(work, 'assets')
    await writeSource(assets)
    const cacheIn = (name: string, maxBytes = 256 * 1024 * 1024) =>
      createVariantCache({ dir: path.join(work, name), maxBytes })
    const rect = (i: number) => `rect=${i},${i},1600,900`
    const rounds = {
      same: await measure(cacheIn('same'), assets, () => rect(0)),
      distinct: await measure(cacheIn('distinct'), assets, rect),
      sameUncached: await measure(cacheIn('uncached', 0), assets, () => rect(0)),
    }
    console.log(
      `\nImage endpoint, ${REQUESTS} requests each (source ${SOURCE.width} × ${SOURCE.height} JPEG, served 1440 × 810 webp):`,
    )
    print('same variant', rounds.same)
    print('distinct variants', rounds.distinct)
    print('same, nothing kept', rounds.sameUncached)
    writeResults('images.json', { source: SOURCE, requests: REQUESTS, rounds, load: machineLoad() })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function writeSource(assets: string) {
  const { width, height } = SOURCE
  const noise = {
    noise: { type: 'gaussian', mean: 128, sigma: 40 },
    width,
    height,
    channels: 3,
    // Drawn over by the noise; sharp's types ask for it all the same.
    background: '#808080',
  } as const
  mkdirSync(assets, { recursive: true })
  await sharp({ create: noise }).jpeg({ quality: 85 }).toFile(path.join(assets, FILE))
}

async function measure(cache: VariantCache, assets: string, cropOf: (i: number) => string) {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < REQUESTS; i++) {
    const url = `http://bench.local/images/local/embedded/${FILE}?${cropOf(i)}&${SIZE}`
    const request = new Request(url, { headers: { accept: 'image/avif,image/webp,*/*' } })
    const place = { projectId: 'local', dataset: 'embedded', file: FILE }
    const response = await serveImage(request, place, { host, assets, cache })
    if (response.status !== 200)
      throw new Error(`${url}: ${response.status} ${await response.text()}`)
    await response.arrayBuffer()
  }
  const used = process.cpuUsage(cpu)
  const { renders, hits, bytes, files } = cache.stats()
  return {
    cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
    wallSeconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    renders,
    hits,
    diskBytes: bytes,
    files,
  }
}

function print(label: string, round: Awaited<ReturnType<typeof measure>>) {
  const disk = `${(round.diskBytes / 1024).toFixed(0)} KB in ${round.files} files`
  console.log(
    `  ${label.padEnd(20)} ${round.cpuSeconds.toFixed(2).padStart(6)} CPU s  ${round.wallSeconds.toFixed(2).padStart(6)} s wall  ${String(round.renders).padStart(3)} renders  disk ${disk}`,
  )
}
