import { describe, expect, it } from 'vitest'
import { image } from './schema'

const asset = { _id: 'image-abc123-1200x800-jpg', lqip: 'data:image/jpeg;base64,AAAA' }
const written = { alt: 'A runway at dusk', decorative: false, crop: null, hotspot: null, asset }

describe('an image field', () => {
  it('keeps the asset, its placeholder and the alt text', () => {
    expect(image.parse(written)).toEqual({
      asset: { _id: asset._id },
      crop: null,
      hotspot: null,
      alt: 'A runway at dusk',
      lqip: asset.lqip,
    })
  })

  it('gives a decorative image empty alt text', () => {
    expect(image.parse({ ...written, decorative: true })?.alt).toBe('')
  })

  it.each([
    ['empty', null],
    ['without an asset (a reference to a deleted asset)', { ...written, asset: null }],
    ['referring to something that is not an image', { ...written, asset: { _id: 'article-1' } }],
    ['not an object at all', 'image-abc123-1200x800-jpg'],
  ])('is left out when %s', (_case, value) => {
    expect(image.parse(value)).toBeUndefined()
  })

  it('drops a half-written crop and a placeholder that is not an image', () => {
    const odd = { ...written, crop: { top: 0.1 }, asset: { ...asset, lqip: 'javascript:x' } }
    expect(image.parse(odd)).toMatchObject({ crop: null, lqip: undefined })
  })
})
