import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { imageUrl } from '@chaffcent/content/image-url'
import { IMAGE_VARIANTS, type ImageVariant } from '../variants'
import { serveImage } from './handler'
import { createVariantCache } from './variant-cache'

const host = { projectId: 'local', dataset: 'embedded', baseUrl: '/' }
const assets = mkdtempSync(path.join(tmpdir(), 'image-endpoint-'))
const FILE = 'abc123-400x200.png'
const logo = { asset: { _ref: 'image-abc123-400x200-png' } }

beforeAll(async () => {
  const png = await sharp({
    create: { width: 400, height: 200, channels: 3, background: '#204060' },
  })
    .png()
    .toBuffer()
  writeFileSync(path.join(assets, FILE), png)
  writeFileSync(path.join(assets, 'broken0-10x10.png'), 'not an image')
})

const newCache = () =>
  createVariantCache({ dir: mkdtempSync(path.join(tmpdir(), 'image-cache-')), maxBytes: 1e6 })

/** The address the site writes for `image` in a variant, at one of its widths. */
function siteAddress(image: object, variant: ImageVariant, width: number) {
  const shape = IMAGE_VARIANTS[variant]
  const aspectRatio = 'aspectRatio' in shape ? shape.aspectRatio : undefined
  return imageUrl(image, width, { aspectRatio, host })!
}

function get(address: string, { accept = 'image/png', cache = newCache(), to = host } = {}) {
  const url = new URL(address, 'http://site.test')
  const file = url.pathname.split('/').pop()!
  const request = new Request(url, { headers: { accept } })
  const place = { projectId: 'local', dataset: 'embedded', file }
  return serveImage(request, place, { host: to, assets, cache })
}

const sizeOf = async (response: Response) => {
  const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return [width, height]
}

describe('the embedded image endpoint', () => {
  it('serves what the site links: cropped, resized, its own format, cached for good', async () => {
    const cropped = { ...logo, crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }
    const response = await get(siteAddress(cropped, 'cardLogo', 128))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await sizeOf(response)).toEqual([128, 128])
  })

  it('answers webp to a browser that takes it, and never enlarges', async () => {
    const response = await get(siteAddress(logo, 'richText', 1440), { accept: 'image/webp,*/*' })
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(await sizeOf(response)).toEqual([400, 200])
  })

  it('renders the same variant once, asked for twice or by two addresses that draw it', async () => {
    const cache = newCache()
    const first = await get(siteAddress(logo, 'richText', 1080), { cache })
    const again = await get(siteAddress(logo, 'richText', 1080), { cache })
    // Both are wider than the file: each draws it at its own 400 × 200.
    const wider = await get(siteAddress(logo, 'richText', 1440), { cache })
    expect([first.status, again.status, wider.status]).toEqual([200, 200, 200])
    expect(Buffer.from(await again.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()))
    expect(cache.stats()).toMatchObject({ renders: 1, hits: 2, files: 1 })
  })

  it.each([
    ['a path out of the folder', '..%2F..%2Fetc%2Fpasswd'],
    ['a name with a separator', '..%2Fabc123-400x200.png'],
    ['a file that is not there', 'def456-400x200.png'],
    ['a file that is not an image', 'broken0-10x10.png'],
  ])('answers 404 for %s', async (_case, file) => {
    const response = await get(`/images/local/embedded/${file}?w=480&fit=max&auto=format`)
    expect(response.status).toBe(404)
  })

  it('answers 404 on the hosted source, whose images are on Sanity’s CDN', async () => {
    const hosted = { ...host, baseUrl: 'https://cdn.sanity.io' }
    expect((await get(siteAddress(logo, 'richText', 480), { to: hosted })).status).toBe(404)
  })

  it.each([
    ['a quality of 0', '?w=480&fit=max&auto=format&q=0'],
    ['an enlargement at full quality', '?w=4000&h=4000&fit=max&auto=format&q=100'],
    ['a width the site never writes', '?w=640&fit=max&auto=format'],
    ['an unknown parameter', '?w=480&fit=max&auto=format&blur=50'],
    ['a rect past the edge', '?rect=300,0,200,200&w=480&fit=max&auto=format'],
  ])('answers 400 for %s, before reading or rendering anything', async (_case, query) => {
    const cache = newCache()
    // A file that is not there: a 400 shows the query was refused before the file was read.
    const response = await get(`/images/local/embedded/fff000-400x200.png${query}`, { cache })
    expect(response.status).toBe(400)
    expect(cache.stats().renders).toBe(0)
  })
})
