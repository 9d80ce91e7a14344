import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { startTestLake } from './test-lake'

let lake: Awaited<ReturnType<typeof startTestLake>>
afterEach(() => lake?.close())

/** A real 3 × 2 PNG, as an editor's upload. */
const png = () =>
  sharp({ create: { width: 3, height: 2, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()

const upload = (body: Buffer, query = '') =>
  fetch(lake.api(`/assets/images/production${query}`), {
    method: 'POST',
    headers: { 'content-type': 'image/png' },
    body: new Uint8Array(body),
  })

describe('the local Content Lake: image assets', () => {
  it('stores an upload as Sanity does: the file in assets/, the asset document in the dataset', async () => {
    lake = await startTestLake([], { projectId: 'e2eproject' })
    const bytes = await png()
    const response = await upload(bytes, '?filename=cover.png')
    expect(response.status).toBe(200)
    const { document } = (await response.json()) as { document: Record<string, unknown> }
    const sha1 = document.sha1hash as string
    expect(document).toMatchObject({
      _id: `image-${sha1}-3x2-png`,
      _type: 'sanity.imageAsset',
      extension: 'png',
      mimeType: 'image/png',
      originalFilename: 'cover.png',
      path: `images/e2eproject/production/${sha1}-3x2.png`,
      metadata: { dimensions: { width: 3, height: 2, aspectRatio: 1.5 } },
    })
    expect((document.metadata as { lqip: string }).lqip).toMatch(/^data:image\/jpeg;base64,/)

    const file = path.join(path.dirname(lake.datasetFile), 'assets', `${sha1}-3x2.png`)
    expect(readFileSync(file)).toEqual(bytes)
    expect(readFileSync(lake.datasetFile, 'utf8')).toContain(`"_id":"image-${sha1}-3x2-png"`)

    // Served at the URL the document names, with the upload's bytes.
    const served = await fetch(document.url as string)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes)
  })

  it('gives the same asset for the same file, once', async () => {
    lake = await startTestLake([])
    const bytes = await png()
    const first = (await (await upload(bytes)).json()) as { document: { _id: string } }
    const second = (await (await upload(bytes)).json()) as { document: { _id: string } }
    expect(second.document._id).toBe(first.document._id)
    expect(readFileSync(lake.datasetFile, 'utf8').match(/sanity\.imageAsset/g)).toHaveLength(1)
  })

  it('refuses a file that is not an image with a 400, and keeps nothing of it', async () => {
    lake = await startTestLake([])
    const response = await upload(Buffer.from('not an image'))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { type: 'httpBadRequest' } })
    expect(existsSync(path.join(path.dirname(lake.datasetFile), 'assets'))).toBe(false)
    expect(readdirSync(path.dirname(lake.datasetFile))).toEqual(['data.ndjson'])
  })

  it('answers a missing or malformed file name with a 404', async () => {
    lake = await startTestLake([])
    for (const name of [`${'a'.repeat(40)}-3x2.png`, '..%2Fdata.ndjson']) {
      const response = await fetch(`${lake.origin}/images/local/production/${name}`)
      expect(response.status).toBe(404)
    }
  })
})
