/**
 * What a request to the site's image endpoint asks for, read as strictly as Sanity's CDN
 * path is written: `/images/<projectId>/<dataset>/<sha1>-<w>x<h>.<ext>?w=&h=&rect=&fit=&auto=&q=`,
 * with only the parameters @sanity/image-url emits for the site. Anything else is refused
 * before a file is touched.
 */

/** The file name alone: no separators or dots beyond the extension, so it cannot leave `assets/`. */
const FILE_NAME = /^([A-Za-z0-9]+)-(\d{1,5})x(\d{1,5})\.(jpg|jpeg|png|webp|gif)$/
const SIZE = /^[1-9]\d{0,3}$/
const QUALITY = /^(100|[1-9]?\d)$/
const RECT = /^(\d{1,5}),(\d{1,5}),([1-9]\d{0,4}),([1-9]\d{0,4})$/
/** Largest width or height served: beyond any layout, small enough to bound the work. */
export const MAX_SIZE = 4000
export const FITS = ['max', 'clip', 'crop', 'scale'] as const

export interface ImageFile {
  name: string
  width: number
  height: number
}

export interface Transform {
  width?: number
  height?: number
  rect?: { left: number; top: number; width: number; height: number }
  fit: (typeof FITS)[number]
  /** `auto=format`: the best format the browser accepts. */
  autoFormat: boolean
  quality?: number
}

/** The asset file a request names, or null (404) when the name is not an image asset's file. */
export function imageFile(name: string): ImageFile | null {
  const match = FILE_NAME.exec(name)
  if (!match) return null
  return { name, width: Number(match[2]), height: Number(match[3]) }
}

const size = (value: string | null) => (value && SIZE.test(value) ? Number(value) : undefined)

/** The transform the query asks for, or an error message (400) naming what is wrong. */
export function transformOf(query: URLSearchParams, file: ImageFile): Transform | string {
  const allowed = new Set(['w', 'h', 'rect', 'fit', 'auto', 'q'])
  for (const key of query.keys()) if (!allowed.has(key)) return `unsupported parameter “${key}”`
  for (const key of allowed) if (query.getAll(key).length > 1) return `“${key}” given twice`
  const [w, h, q, fit, auto, rect] = [
    query.get('w'),
    query.get('h'),
    query.get('q'),
    query.get('fit'),
    query.get('auto'),
    query.get('rect'),
  ]
  const transform: Transform = {
    width: size(w),
    height: size(h),
    fit: (fit ?? 'max') as Transform['fit'],
    autoFormat: auto === 'format',
    quality: q && QUALITY.test(q) ? Number(q) : undefined,
  }
  if (w !== null && (!transform.width || transform.width > MAX_SIZE)) return `w is 1 to ${MAX_SIZE}`
  if (h !== null && (!transform.height || transform.height > MAX_SIZE))
    return `h is 1 to ${MAX_SIZE}`
  if (q !== null && transform.quality === undefined) return 'q is 0 to 100'
  if (!(FITS as readonly string[]).includes(transform.fit))
    return `fit is one of ${FITS.join(', ')}`
  if (auto !== null && !transform.autoFormat) return 'auto is “format”'
  if (rect !== null) {
    const parts = RECT.exec(rect)?.slice(1).map(Number)
    if (!parts) return 'rect is left,top,width,height'
    const [left, top, width, height] = parts as [number, number, number, number]
    if (left + width > file.width || top + height > file.height) return 'rect leaves the image'
    transform.rect = { left, top, width, height }
  }
  return transform
}
