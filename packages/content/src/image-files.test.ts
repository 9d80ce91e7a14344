import { describe, expect, it } from 'vitest'
import { imageAssetId, imageFileName, imageFilesFolder } from './image-files'

describe('image files beside an embedded dataset', () => {
  it('names the file from the asset id, and the id from the file’s facts', () => {
    const id = imageAssetId({ sha1: 'abc123', width: 1200, height: 630, extension: 'png' })
    expect(id).toBe('image-abc123-1200x630-png')
    expect(imageFileName(id)).toBe('abc123-1200x630.png')
  })

  it('keeps the folder beside the dataset file', () => {
    expect(imageFilesFolder('/tmp/copy/production.ndjson')).toBe('/tmp/copy/assets')
    expect(imageFilesFolder('production.ndjson')).toBe('./assets')
  })
})
