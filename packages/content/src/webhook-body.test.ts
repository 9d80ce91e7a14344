import { describe, expect, it } from 'vitest'
import { webhookBody } from './webhook-body'

const article = (slug: string) => ({
  _id: 'article-1',
  _type: 'article',
  _rev: `rev-${slug}`,
  title: 'Layered security',
  slug: { _type: 'slug', current: slug },
})

describe('webhookBody: the definition evaluated as Sanity would', () => {
  it('projects a publish, with the slug before the change and the revision after it', async () => {
    expect(await webhookBody(article('old'), article('new'))).toEqual({
      _id: 'article-1',
      _type: 'article',
      slug: 'new',
      previousSlug: 'old',
      rev: 'rev-new',
      shownOn: { sectors: [] },
    })
  })

  it('names the sectors a venture was and is in, looked up in the dataset as the Lake would', async () => {
    const sector = (slug: string) => ({
      _id: `sector-${slug}`,
      _type: 'sector',
      slug: { _type: 'slug', current: slug },
    })
    const venture = (...sectors: string[]) => ({
      _id: 'venture-1',
      _type: 'venture',
      _rev: 'r',
      slug: { _type: 'slug', current: 'v' },
      sectors: sectors.map((slug) => ({ _key: slug, _type: 'reference', _ref: `sector-${slug}` })),
    })
    const dataset = [sector('aviation'), sector('energy'), sector('defence')]
    const joined = await webhookBody(
      venture('aviation', 'energy'),
      venture('energy', 'defence'),
      dataset,
    )
    expect(joined).toMatchObject({
      shownOn: { sectors: ['aviation', 'energy', 'energy', 'defence'] },
    })
    // Deleted, or first published: one side only. A sector that is gone projects to null.
    expect(await webhookBody(venture('aviation', 'gone'), null, dataset)).toMatchObject({
      shownOn: { sectors: ['aviation', null] },
    })
    expect(await webhookBody(null, venture('defence'), dataset)).toMatchObject({
      shownOn: { sectors: ['defence'] },
    })
  })

  it('projects a create with no previous slug and a delete from the document as it was', async () => {
    expect(await webhookBody(null, article('new'))).toMatchObject({
      slug: 'new',
      previousSlug: null,
    })
    // A delete has no revision after it: the site waits for the document to be gone.
    expect(await webhookBody(article('gone'), null)).toMatchObject({
      _id: 'article-1',
      previousSlug: 'gone',
      rev: null,
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
    const redirect = {
      _id: 'redirect-1',
      _type: 'redirect',
      _rev: 'r1',
      source: '/a',
      destination: '/b',
    }
    expect(await webhookBody(null, redirect)).toEqual({
      _id: 'redirect-1',
      _type: 'redirect',
      slug: null,
      previousSlug: null,
      rev: 'r1',
      shownOn: { sectors: [] },
    })
  })
})
