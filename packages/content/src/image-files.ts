/**
 * Where an embedded dataset keeps its image files, and what each is called: a folder `assets/`
 * beside the dataset file, one file per `sanity.imageAsset` document, named from its id
 * (`image-<sha1>-<w>x<h>-<ext>` is `assets/<sha1>-<w>x<h>.<ext>`). The local Content Lake
 * writes them, the site's image endpoint and the test fixtures read them.
 */
export const IMAGE_FILES_FOLDER = 'assets'

/** The folder beside `datasetFile` (a POSIX or native path) that holds its image files. */
export function imageFilesFolder(datasetFile: string): string {
  const cut = Math.max(datasetFile.lastIndexOf('/'), datasetFile.lastIndexOf('\\'))
  return `${cut < 0 ? '.' : datasetFile.slice(0, cut)}/${IMAGE_FILES_FOLDER}`
}

export interface ImageFileFacts {
  sha1: string
  width: number
  height: number
  extension: string
}

/** Sanity's id for an image asset: its content hash, original size and format. */
export const imageAssetId = ({ sha1, width, height, extension }: ImageFileFacts) =>
  `image-${sha1}-${width}x${height}-${extension}`

/** The file an image asset's bytes live in, inside the folder above. */
export const imageFileName = (assetId: string) =>
  assetId.replace(/^image-/, '').replace(/-([a-z0-9]+)$/, '.$1')
