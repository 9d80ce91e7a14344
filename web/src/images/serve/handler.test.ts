import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { serveImage } from './handler'

const local = { projectId: 'local', dataset: 'embedded', baseUrl: '/' }
const assets = mkdtempSync(path.join(tmpdir(), 'image-endpoint-'))
const FILE = 'abc123-400x200.png'

beforeAll(async () => {
  const png = await sharp({
    create: { width: 400, height: 200, channels: 3, background: '#204060' },
  })
    .png()
    .toBuffer()
  writeFileSync(path.join(assets, FILE), png)
  writeFileSync(path.join(assets, 'broken0-10x10.png'), 'not an image')
})

function get(file: string, query = '', accept = 'image/png', host = local) {
  const request = new Request(`http://site.test/images/local/embedded/${file}${query}`, {
    headers: { accept },
  })
  return serveImage(request, { projectId: 'local', dataset: 'embedded', file }, host, assets)
}

describe('the embedded image endpoint', () => {
  it('resizes, crops and keeps the file’s format, cached for good', async () => {
    const response = await get(FILE, '?rect=100,0,200,200&w=50&h=50&fit=max&auto=format')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const size = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect([size.width, size.height]).toEqual([50, 50])
  })

  it('answers webp to a browser that takes it, and never enlarges with fit=max', async () => {
    const response = await get(FILE, '?w=1000&auto=format', 'image/avif,image/webp,*/*')
    expect(response.headers.get('content-type')).toBe('image/webp')
    const size = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(size.width).toBe(400)
  })

  it.each([
    ['a path out of the folder', '..%2F..%2Fetc%2Fpasswd'],
    ['a name with a separator', '../abc123-400x200.png'],
    ['a file that is not there', 'def456-400x200.png'],
    ['a file that is not an image', 'broken0-10x10.png'],
  ])('answers 404 for %s', async (_case, file) => {
    expect((await get(file)).status).toBe(404)
  })

  it('answers 404 on the hosted source, whose images are on Sanity’s CDN', async () => {
    const hosted = { projectId: 'local', dataset: 'embedded', baseUrl: 'https://cdn.sanity.io' }
    expect((await get(FILE, '', 'image/png', hosted)).status).toBe(404)
  })

  it.each([
    ['an unknown parameter', '?blur=50'],
    ['a width of nothing', '?w='],
    ['a width too large', '?w=99999'],
    ['a negative height', '?h=-4'],
    ['an unknown fit', '?fit=stretch'],
    ['a rect past the edge', '?rect=300,0,200,200'],
    ['a malformed rect', '?rect=1,2,3'],
    ['a quality above 100', '?q=101'],
    ['a repeated width', '?w=10&w=20'],
  ])('answers 400 for %s', async (_case, query) => {
    expect((await get(FILE, query)).status).toBe(400)
  })
})
