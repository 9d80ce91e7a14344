import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ImageHost } from '@chaffcent/content/image-url'
import { distDir, embeddedAssetsDir, imageHost } from '../../content/config'
import { imageFile, transformOf } from './request'
import { render } from './transform'
import { FORMATS, variantKey, variantOf } from './variant'
import { createVariantCache, type VariantCache } from './variant-cache'

interface Place {
  projectId: string
  dataset: string
  file: string
}

/** The file's name encodes its content (its sha1): an address never changes what it answers. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * How much rendered images may take on disk: every variant of a few hundred photos fits,
 * and no stream of requests can fill the disk.
 */
export const VARIANT_CACHE_BYTES = 256 * 1024 * 1024

let shared: VariantCache | undefined
/**
 * Beside Next's own caches (`<distDir>/cache/site-images`), which `next build` keeps: a
 * variant is named by its file's content hash, so it is never stale. Clear the folder when
 * transform.ts changes how images are encoded.
 */
const sharedCache = () =>
  (shared ??= createVariantCache({
    dir: path.join(distDir(), 'cache', 'site-images'),
    maxBytes: VARIANT_CACHE_BYTES,
  }))

const refuse = (status: 400 | 404, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export interface ImageSource {
  host: ImageHost
  /** The folder of asset files (`assets/` beside the embedded dataset). */
  assets: string
  cache: VariantCache
}

/**
 * The embedded source's image endpoint: the asset file from `assets/` beside the dataset,
 * cropped, resized and encoded as the site's own image URLs ask, each variant rendered once
 * and kept (variant-cache.ts). Served only where the site's URL builder points here (no
 * hosted project), and only for the names and sizes it writes.
 */
export async function serveImage(
  request: Request,
  place: Place,
  source: Partial<ImageSource> = {},
): Promise<Response> {
  const host = source.host ?? imageHost()
  const ours =
    host.baseUrl === '/' && place.projectId === host.projectId && place.dataset === host.dataset
  const file = imageFile(place.file)
  if (!ours || !file) return refuse(404, 'No such image')
  const transform = transformOf(new URL(request.url).searchParams, file)
  if (typeof transform === 'string') return refuse(400, transform)
  const acceptsWebp = request.headers.get('accept')?.includes('image/webp') ?? false
  const variant = variantOf(file, transform, acceptsWebp)
  const assets = source.assets ?? embeddedAssetsDir()
  let body: Uint8Array
  try {
    body = await (source.cache ?? sharedCache()).get(
      variantKey(variant),
      variant.format,
      async () => render(await readFile(path.join(assets, file.name)), variant),
    )
  } catch (error) {
    // No such file, or not the image its name says (or a crop past its edges): nothing to show.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.error(`[images] ${file.name} could not be rendered:`, error)
    }
    return refuse(404, 'No such image')
  }
  const headers = {
    'content-type': FORMATS[variant.format],
    'cache-control': IMMUTABLE,
    vary: 'Accept',
  }
  return new Response(body as Uint8Array<ArrayBuffer>, { headers })
}
