import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ImageHost } from '@chaffcent/content/image-url'
import { embeddedAssetsDir, imageHost } from '../../content/config'
import { imageFile, transformOf } from './request'
import { render } from './transform'

interface Place {
  projectId: string
  dataset: string
  file: string
}

/** The file's name encodes its content (its sha1): an address never changes what it answers. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

const refuse = (status: 400 | 404, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * The embedded source's image endpoint: the asset file from `assets/` beside the dataset,
 * cropped, resized and encoded as the query asks. Served only where the site's URL builder
 * points here (no hosted project), and only for the names it writes.
 */
export async function serveImage(
  request: Request,
  place: Place,
  host: ImageHost = imageHost(),
  assets: string = embeddedAssetsDir(),
): Promise<Response> {
  const ours =
    host.baseUrl === '/' && place.projectId === host.projectId && place.dataset === host.dataset
  const file = imageFile(place.file)
  if (!ours || !file) return refuse(404, 'No such image')
  const transform = transformOf(new URL(request.url).searchParams, file)
  if (typeof transform === 'string') return refuse(400, transform)
  let input: Buffer
  try {
    input = await readFile(path.join(assets, file.name))
  } catch {
    return refuse(404, 'No such image')
  }
  try {
    const acceptsWebp = request.headers.get('accept')?.includes('image/webp') ?? false
    const { body, contentType } = await render(input, transform, acceptsWebp)
    const headers = { 'content-type': contentType, 'cache-control': IMMUTABLE, vary: 'Accept' }
    return new Response(body as Uint8Array<ArrayBuffer>, { headers })
  } catch (error) {
    // A file that is not the image its name says (or a crop past its edges): nothing to show.
    console.error(`[images] ${file.name} could not be rendered:`, error)
    return refuse(404, 'No such image')
  }
}
