import { describe, expect, it } from 'vitest'
import { imageDimensions, imageUrl } from './image-url'

const hosted = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' }
const photo = { asset: { _ref: 'image-Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000-jpg' } }

describe('imageUrl', () => {
  it('is null when no Sanity project is configured', () => {
    expect(imageUrl(photo, 800, { env: {} })).toBeNull()
    expect(imageUrl(photo, 800, { env: { SANITY_PROJECT_ID: 'abc123' } })).toBeNull()
  })

  it('is null when the image has no asset', () => {
    expect(imageUrl({ asset: null }, 800, { env: hosted })).toBeNull()
  })

  it('addresses the project’s CDN at the requested width', () => {
    const url = new URL(imageUrl(photo, 800, { env: hosted }) ?? '')
    expect(url.origin + url.pathname).toBe(
      'https://cdn.sanity.io/images/abc123/production/Tb9Ew8CXIwaY6R1kjMvI0uRR-2000x1000.jpg',
    )
    expect(url.searchParams.get('w')).toBe('800')
    expect(url.searchParams.get('fit')).toBe('max')
    expect(url.searchParams.get('auto')).toBe('format')
  })

  it('applies the editor’s crop', () => {
    const cropped = { ...photo, crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } }
    const url = new URL(imageUrl(cropped, 800, { env: hosted }) ?? '')
    expect(url.searchParams.get('rect')).toBe('500,0,1000,1000')
  })

  it('frames the hotspot when cutting to another shape', () => {
    const square = { ...photo, hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 } }
    const url = new URL(imageUrl(square, 600, { env: hosted, aspectRatio: 1 }) ?? '')
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

  it('is null for a reference that is not an image id', () => {
    expect(imageDimensions({ asset: { _ref: 'file-abc-pdf' } }, 800)).toBeNull()
  })
})
