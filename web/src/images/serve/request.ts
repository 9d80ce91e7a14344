import { EMITTED_SIZE_QUERIES, sizeQuery } from '../variants'

/**
 * What a request to the site's image endpoint asks for, read as strictly as the site writes it:
 * `/images/<projectId>/<dataset>/<sha1>-<w>x<h>.<ext>?rect=&w=&h=&fit=max&auto=format`, with
 * `w`, `h`, `fit` and `auto` exactly as @sanity/image-url writes them for one of the site's
 * sizes (variants.ts) and `rect` (the editor's crop) inside the image. Anything else is
 * refused before a file is read or an image decoded.
 */

/** The file name alone: no separators or dots beyond the extension, so it cannot leave `assets/`. */
const FILE_NAME = /^([A-Za-z0-9]+)-(\d{1,5})x(\d{1,5})\.(jpg|jpeg|png|webp|gif)$/
const RECT = /^(\d{1,5}),(\d{1,5}),([1-9]\d{0,4}),([1-9]\d{0,4})$/
const PARAMETERS = new Set(['rect', 'w', 'h', 'fit', 'auto'])

export interface ImageFile {
  name: string
  width: number
  height: number
  extension: string
}

export interface Region {
  left: number
  top: number
  width: number
  height: number
}

export interface Transform {
  /** The part of the image to show: the editor's crop, else all of it. */
  region: Region
  /** The box the region is fitted inside (`fit=max`: scaled down, never up). */
  width: number
  height?: number
}

/** The asset file a request names, or null (404) when the name is not an image asset's file. */
export function imageFile(name: string): ImageFile | null {
  const match = FILE_NAME.exec(name)
  if (!match) return null
  return { name, width: Number(match[2]), height: Number(match[3]), extension: match[4]! }
}

/** The transform the query asks for, or an error message (400) naming what is wrong. */
export function transformOf(query: URLSearchParams, file: ImageFile): Transform | string {
  for (const name of new Set(query.keys())) {
    if (!PARAMETERS.has(name)) return `unsupported parameter “${name}”`
    if (query.getAll(name).length > 1) return `“${name}” given twice`
  }
  if (!EMITTED_SIZE_QUERIES.has(sizeQuery(query))) {
    return 'not a size this site shows its images at: w, h, fit and auto as its pages link them'
  }
  const region = { left: 0, top: 0, width: file.width, height: file.height }
  const rect = query.get('rect')
  if (rect !== null) {
    const parts = RECT.exec(rect)?.slice(1).map(Number)
    if (!parts) return 'rect is left,top,width,height'
    const [left, top, width, height] = parts as [number, number, number, number]
    if (left + width > file.width || top + height > file.height) return 'rect leaves the image'
    Object.assign(region, { left, top, width, height })
  }
  const h = query.get('h')
  return { region, width: Number(query.get('w')), ...(h === null ? {} : { height: Number(h) }) }
}
