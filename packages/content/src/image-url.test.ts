import { describe, expect, it } from 'vitest'
import { imageDimensions, imageUrl } from './image-url'

const hosted = { projectId: 'abc123', dataset: 'production', baseUrl: 'https://cdn.sanity.io' }
const embedded = { projectId: 'local', dataset: 'embedded', baseUrl: '/' }
const photo = { asset: { _ref: 'image-Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000-jpg' } }

describe('imageUrl', () => {
  it('addresses the site’s own endpoint for the embedded dataset', () => {
    expect(imageUrl(photo, 800, { host: embedded })).toBe(
      '/images/local/embedded/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000.jpg?w=800&fit=max&auto=format',
    )
  })

  it('reads the asset id from a followed reference as from a reference', () => {
    const followed = { asset: { _id: photo.asset._ref } }
    expect(imageUrl(followed, 800, { host: hosted })).toBe(imageUrl(photo, 800, { host: hosted }))
  })

  it('is null when the image has no asset', () => {
    expect(imageUrl({ asset: null }, 800, { host: hosted })).toBeNull()
  })

  it('addresses the project’s CDN at the requested width', () => {
    const url = new URL(imageUrl(photo, 800, { host: hosted }) ?? '')
    expect(url.origin + url.pathname).toBe(
      'https://cdn.sanity.io/images/abc123/production/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000.jpg',
    )
    expect(url.searchParams.get('w')).toBe('800')
    expect(url.searchParams.get('fit')).toBe('max')
    expect(url.searchParams.get('auto')).toBe('format')
  })

  it('applies the editor’s crop', () => {
    const cropped = { ...photo, crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }
    const url = new URL(imageUrl(cropped, 800, { host: hosted }) ?? '')
    expect(url.searchParams.get('rect')).toBe('500,0,1000,1000')
  })

  it('frames the hotspot when cutting to another shape', () => {
    const square = { ...photo, hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 } }
    const url = new URL(imageUrl(square, 600, { host: hosted, aspectRatio: 1 }) ?? '')
    // A 1000 × 1000 square kept inside the image, pushed as far right as the hotspot asks.
    expect(url.searchParams.get('rect')).toBe('1000,0,1000,1000')
    expect(url.searchParams.get('h')).toBe('600')
  })
})

describe('imageDimensions', () => {
  it('scales the original to the width asked for', () => {
    expect(imageDimensions(photo, 800)).toEqual({ width: 800, height: 400 })
  })

  it('never exceeds the original width', () => {
    expect(imageDimensions(photo, 4000)).toEqual({ width: 2000, height: 1000 })
  })

  it('follows the crop’s shape', () => {
    const cropped = { ...photo, crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }
    expect(imageDimensions(cropped, 800)).toEqual({ width: 800, height: 800 })
  })

  it('takes the shape asked for', () => {
    expect(imageDimensions(photo, 600, 1)).toEqual({ width: 600, height: 600 })
  })

  it('is null for a reference that is not an image id', () => {
    expect(imageDimensions({ asset: { _ref: 'file-abc-pdf' } }, 800)).toBeNull()
  })
})
