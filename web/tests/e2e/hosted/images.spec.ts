import { expect, test } from '@playwright/test'
import { expireDocument, seedDocument, writeToLake } from '../../support/hosted-lake'
import { accessibleImage } from '../../support/image-fixtures'
import { HOSTED_PROJECT } from '../../support/servers'

const seedArticle = seedDocument('article-layered-systems-complex-security-environments')
const articlePath = `/insights/${seedArticle.slug!.current}`

// Only the asset's document: on the hosted source the file is Sanity's CDN's to serve, and
// this test asserts the address, not the download.
const SHA1 = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'
const asset = {
  _id: `image-${SHA1}-1600x900-jpg`,
  _type: 'sanity.imageAsset',
  metadata: { lqip: 'data:image/jpeg;base64,/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQ' },
}
const CDN_FILE = `https://cdn.sanity.io/images/${HOSTED_PROJECT.projectId}/${HOSTED_PROJECT.dataset}/${SHA1}-1600x900.jpg`

test.afterEach(async ({ request }) => {
  await writeToLake(request, [{ createOrReplace: seedArticle }, { delete: { id: asset._id } }])
  await expireDocument(request, seedArticle)
})

test('on the hosted source, images are addressed on Sanity’s CDN', async ({ request }) => {
  const cover = accessibleImage(asset._id, 'A control room at night')
  await writeToLake(request, [
    { createOrReplace: asset },
    { createOrReplace: { ...seedArticle, coverImage: cover } },
  ])
  await expireDocument(request, seedArticle)

  // The HTML, not a browser visit: the CDN is out of reach here, and its address is the point.
  const html = (await (await request.get(articlePath)).text()).replaceAll('&amp;', '&')
  const header = /<header[^>]*aria-label="Article header"[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
  expect(header).toContain(`src="${CDN_FILE}?w=1440&h=810&fit=max&auto=format"`)
  expect(header).toContain('alt="A control room at night"')
  expect(header).toMatch(/srcset="[^"]*\?w=480&h=270&fit=max&auto=format 480w,/i)
  expect(html).toMatch(
    new RegExp(
      `<meta property="og:image" content="${CDN_FILE.replaceAll('.', '\\.')}\\?[^"]*w=1200&h=630`,
    ),
  )
})
