import type { StoredDocument } from '@chaffcent/content/dataset'
import { LISTING_PAGE_IDS } from '@chaffcent/content/fixed-documents'
import { expect, publishEdit, test } from './fixtures'

const hideFromSearch = (doc: StoredDocument): StoredDocument => ({
  ...doc,
  seo: { ...(doc.seo as object | undefined), noIndex: true },
})

test('home and a listing marked "Hide from search engines" leave the sitemap, and the rest stay', async ({
  request,
  dataset,
}) => {
  const locations = async () => {
    const xml = await (await request.get('/sitemap.xml')).text()
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname)
  }
  const before = await locations()
  expect(before).toEqual(expect.arrayContaining(['/', '/sectors', '/ventures', '/insights']))

  await publishEdit(request, dataset.change('home', hideFromSearch))
  await publishEdit(request, dataset.change(LISTING_PAGE_IDS.sectors, hideFromSearch))

  const after = await locations()
  expect(after).not.toContain('/')
  expect(after).not.toContain('/sectors')
  expect(after).toEqual(expect.arrayContaining(['/ventures', '/insights']))
  expect(after.filter((path) => path.startsWith('/sectors/')).length).toBeGreaterThan(0)
})
