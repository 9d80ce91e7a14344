import { describe, expect, it } from 'vitest'
import { imageUrl } from '@chaffcent/content/image-url'
import { IMAGE_VARIANTS } from '../variants'
import { imageFile, transformOf } from './request'

const local = { projectId: 'local', dataset: 'embedded', baseUrl: '/' }
const photo = {
  asset: { _ref: 'image-abc123-2000x1000-jpg' },
  crop: { top: 0, bottom: 0.1, left: 0.2, right: 0 },
  hotspot: { x: 0.7, y: 0.4, width: 0.2, height: 0.2 },
}
const file = imageFile('abc123-2000x1000.jpg')!
const ask = (query: string) => transformOf(new URLSearchParams(query), file)

describe('what the image endpoint takes', () => {
  it('takes every address the site writes, for every variant and width', () => {
    for (const variant of Object.values(IMAGE_VARIANTS)) {
      const aspectRatio = 'aspectRatio' in variant ? variant.aspectRatio : undefined
      for (const width of variant.widths) {
        const url = new URL(imageUrl(photo, width, { aspectRatio, host: local })!, 'http://x')
        const transform = ask(url.search)
        expect(transform, url.search).toMatchObject({ width })
      }
    }
  })

  it('reads the crop and the box to fit in', () => {
    expect(ask('rect=400,0,1600,900&w=360&h=203&fit=max&auto=format')).toEqual({
      region: { left: 400, top: 0, width: 1600, height: 900 },
      width: 360,
      height: 203,
    })
    expect(ask('w=480&fit=max&auto=format')).toEqual({
      region: { left: 0, top: 0, width: 2000, height: 1000 },
      width: 480,
    })
  })

  it.each([
    ['no query at all', ''],
    ['a quality of 0', 'w=480&fit=max&auto=format&q=0'],
    ['any quality', 'w=480&fit=max&auto=format&q=100'],
    ['an enlargement', 'w=4000&h=4000&fit=max&auto=format'],
    ['a width the site never writes', 'w=640&fit=max&auto=format'],
    ['a height the width is never written with', 'w=360&h=360&fit=max&auto=format'],
    ['a height without its width', 'h=203&fit=max&auto=format'],
    ['another fit', 'w=480&fit=crop&auto=format'],
    ['no fit', 'w=480&auto=format'],
    ['no auto format', 'w=480&fit=max'],
    ['an unknown parameter', 'w=480&fit=max&auto=format&blur=50'],
    ['a repeated width', 'w=480&w=480&fit=max&auto=format'],
    ['a rect past the edge', 'rect=1500,0,600,100&w=480&fit=max&auto=format'],
    ['a malformed rect', 'rect=1,2,3&w=480&fit=max&auto=format'],
    ['a rect of nothing', 'rect=0,0,0,10&w=480&fit=max&auto=format'],
  ])('refuses %s', (_case, query) => {
    expect(typeof ask(query)).toBe('string')
  })
})
