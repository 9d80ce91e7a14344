import { describe, expect, it } from 'vitest'
import { webhookBody } from './webhook-body'

const article = (slug: string) => ({
  _id: 'article-1',
  _type: 'article',
  title: 'Layered security',
  slug: { _type: 'slug', current: slug },
})

describe('webhookBody: the definition evaluated as Sanity would', () => {
  it('projects a publish, with the slug before the change', async () => {
    expect(await webhookBody(article('old'), article('new'))).toEqual({
      _id: 'article-1',
      _type: 'article',
      slug: 'new',
      previousSlug: 'old',
    })
  })

  it('projects a create with no previous slug and a delete from the document as it was', async () => {
    expect(await webhookBody(null, article('new'))).toMatchObject({
      slug: 'new',
      previousSlug: null,
    })
    expect(await webhookBody(article('gone'), null)).toMatchObject({
      _id: 'article-1',
      previousSlug: 'gone',
    })
  })

  it('leaves drafts and release versions out, as the filter says', async () => {
    const draft = { ...article('x'), _id: 'drafts.article-1' }
    const version = { ...article('x'), _id: 'versions.r1.article-1' }
    expect(await webhookBody(null, draft)).toBeNull()
    expect(await webhookBody(version, version)).toBeNull()
  })

  it("leaves Sanity's own documents out: an image upload or a preview secret is no page", async () => {
    const asset = { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset' }
    const secret = { _id: 'secret-1', _type: 'sanity.previewUrlSecret' }
    expect(await webhookBody(null, asset)).toBeNull()
    expect(await webhookBody(null, secret)).toBeNull()
  })

  it('reports a redirect, which the site’s proxy re-reads on its tag', async () => {
    const redirect = { _id: 'redirect-1', _type: 'redirect', source: '/a', destination: '/b' }
    expect(await webhookBody(null, redirect)).toEqual({
      _id: 'redirect-1',
      _type: 'redirect',
      slug: null,
      previousSlug: null,
    })
  })
})
