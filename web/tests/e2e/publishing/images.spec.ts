import type { Locator } from '@playwright/test'
import sharp from 'sharp'
import { imageFileName } from '@chaffcent/content/image-files'
import { accessibleImage, type ImageFixtureName } from '../../support/image-fixtures'
import { readDataset, slugOf, type StoredDocument } from '../../support/publishing-helpers'
import { expect, publish, test } from './fixtures'
import { ARTICLE_IDS, article, cardLinks, homeInsights, open } from './site-pages'

const VENTURE_ID = 'venture-governed-exploitation-layer'
/** A well-formed image asset id that no document in the dataset has. */
const MISSING_ASSET = 'image-0000000000000000000000000000000000000000-10x10-png'

/** The id of a fixture's asset in the dataset copy (prepare-publishing.mjs made them). */
function assetId(name: ImageFixtureName): string {
  const asset = readDataset().find((doc) => doc.originalFilename?.toString().startsWith(`${name}.`))
  if (!asset) throw new Error(`the dataset copy has no ${name} image asset`)
  return asset._id
}

/** The image an editor placed, not its blurred placeholder. */
const shownImage = (scope: Locator) => scope.locator('img:not([aria-hidden="true"])')

/** Checks an image is sized, offered at several widths, described, and has loaded in the browser. */
async function expectResponsiveImage(image: Locator, alt: string) {
  await expect(image).toHaveAttribute('alt', alt)
  await expect(image).toHaveAttribute('width', /^\d+$/)
  await expect(image).toHaveAttribute('height', /^\d+$/)
  await expect(image).toHaveAttribute('sizes', /.+/)
  const srcset = (await image.getAttribute('srcset')) ?? ''
  expect(srcset.split(', ').length).toBeGreaterThan(1)
  expect(srcset).toMatch(/^\/images\/local\/embedded\/[0-9a-f]+-\d+x\d+\.\w+\?\S+ \d+w/)
  // Loaded (once scrolled to: below the fold they load lazily): the site's own endpoint
  // answered, and the Content-Security-Policy let it in.
  await image.scrollIntoViewIfNeeded()
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
}

async function ogImage(page: import('@playwright/test').Page): Promise<string> {
  return (await page.locator('meta[property="og:image"]').first().getAttribute('content')) ?? ''
}

test('an article’s cover image shows on its card and in its header, served resized', async ({
  page,
  request,
  dataset,
}) => {
  const { doc, slug, path } = article(ARTICLE_IDS.featured)
  const alt = 'A control room at night'
  const cover = accessibleImage(assetId('cover'), alt, {
    hotspot: { x: 0.8, y: 0.5, width: 0.2, height: 0.2 },
  })
  await publish(
    request,
    doc,
    dataset.change(doc._id, (d) => ({ ...d, coverImage: cover })),
  )

  await open(page, path)
  const header = page.locator('header[aria-label="Article header"]')
  const image = shownImage(header)
  await expectResponsiveImage(image, alt)
  await expect(header.locator('img[aria-hidden="true"]')).toHaveAttribute(
    'src',
    /^data:image\/jpeg;base64,/,
  )
  // A cover without a sharing image of its own is what the article is shared with.
  const shared = new URL(await ogImage(page))
  expect(shared.pathname).toBe(`/images/local/embedded/${imageFileName(cover.asset._ref)}`)
  expect(shared.searchParams.get('w')).toBe('1200')
  expect(shared.searchParams.get('h')).toBe('630')

  const src = (await image.getAttribute('src')) ?? ''
  const response = await request.get(src)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
  expect(response.headers()['cache-control']).toContain('immutable')
  const served = await sharp(await response.body()).metadata()
  expect(served.width).toBe(Number(new URL(src, 'http://x').searchParams.get('w')))

  await open(page, '/')
  const card = homeInsights(page).locator('article', { has: cardLinks(page, slug) })
  await expectResponsiveImage(shownImage(card), alt)
})

test('an image in an article’s text shows as a figure; one whose asset is gone, not at all', async ({
  page,
  request,
  dataset,
}) => {
  const { doc, path } = article(ARTICLE_IDS.untouched)
  const figure = (key: string, ref: string) => ({
    ...accessibleImage(ref, `Figure ${key}`, { caption: `Caption ${key}` }),
    _key: key,
  })
  const body = [
    ...(doc.body as object[]),
    figure('shown', assetId('cover')),
    figure('gone', MISSING_ASSET),
  ]
  await publish(
    request,
    doc,
    dataset.change(doc._id, (d) => ({ ...d, body })),
  )

  await open(page, path)
  const text = page.getByRole('article', { name: 'Article content' })
  await expect(text.locator('figure')).toHaveCount(1)
  await expect(text.locator('figcaption')).toHaveText('Caption shown')
  await expectResponsiveImage(shownImage(text), 'Figure shown')
})

test('a venture’s logo shows on its card and its page; its sharing image is its share card', async ({
  page,
  request,
  dataset,
}) => {
  const before = dataset.find(VENTURE_ID)
  const path = `/ventures/${slugOf(before)}`
  const logo = accessibleImage(assetId('logo'), 'The venture’s logo')
  const share = accessibleImage(assetId('share'), '', { decorative: true })
  const withImages = (doc: StoredDocument) => ({
    ...doc,
    logo,
    seo: { ...(doc.seo as object | undefined), shareImage: share },
  })
  await publish(request, before, dataset.change(VENTURE_ID, withImages))

  await open(page, path)
  await expectResponsiveImage(shownImage(page.locator('main header')), 'The venture’s logo')
  const shared = new URL(await ogImage(page))
  expect(shared.pathname).toBe(`/images/local/embedded/${imageFileName(share.asset._ref)}`)
  // A decorative sharing image is described by the page's title instead.
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/)

  await open(page, '/ventures')
  const card = page.locator('li', { has: page.locator(`a[href="${path}"]`) })
  await expectResponsiveImage(shownImage(card), 'The venture’s logo')
})

test('the settings’ default sharing image is shared by pages without their own', async ({
  page,
  request,
  dataset,
}) => {
  const before = dataset.find('siteSettings')
  const share = accessibleImage(assetId('share'), 'ChaffCent Ventures')
  const after = dataset.change('siteSettings', (doc) => ({
    ...doc,
    seo: { ...(doc.seo as object | undefined), shareImage: share },
  }))
  await publish(request, before, after)
  const expected = `/images/local/embedded/${imageFileName(share.asset._ref)}`
  // Settings refresh stale-while-revalidate: a page may answer once with the old card.
  await expect
    .poll(async () => {
      await open(page, '/sectors')
      return new URL(await ogImage(page)).pathname
    })
    .toBe(expected)
})

for (const [name, asset] of [
  ['a deleted asset', { _type: 'reference', _ref: MISSING_ASSET }],
  ['a document that is not an image', { _type: 'reference', _ref: VENTURE_ID }],
  ['no asset at all', null],
] as const) {
  test(`a cover image referring to ${name} shows nothing and breaks nothing`, async ({
    page,
    request,
    dataset,
  }) => {
    const { doc, slug, path } = article(ARTICLE_IDS.featured)
    const cover = { _type: 'accessibleImage', alt: 'Never shown', asset }
    await publish(
      request,
      doc,
      dataset.change(doc._id, (d) => ({ ...d, coverImage: cover })),
    )

    await open(page, path)
    await expect(page.locator('main img')).toHaveCount(0)
    expect(await ogImage(page)).toMatch(new RegExp(`${path}/opengraph-image`))
    await open(page, '/')
    await expect(homeInsights(page).locator('article', { has: cardLinks(page, slug) })).toHaveCount(
      1,
    )
    await expect(homeInsights(page).locator('img')).toHaveCount(0)
  })
}

test('the image endpoint refuses what it does not serve', async ({ request }) => {
  const file = imageFileName(assetId('cover'))
  const at = (rest: string) => request.get(`/images/local/embedded/${rest}`)
  /** A size the site links to (the article cover's 720 px). */
  const linked = '?w=720&h=405&fit=max&auto=format'
  expect((await at(`${file}${linked}`)).status()).toBe(200)
  // Only the sizes the site links to, as it links them: no quality, no enlargement.
  expect((await at(`${file}?w=640&fit=max&auto=format`)).status()).toBe(400)
  expect((await at(`${file}${linked}&q=0`)).status()).toBe(400)
  expect((await at(`${file}?w=4000&h=4000&fit=max&auto=format&q=100`)).status()).toBe(400)
  expect((await at('..%2F..%2Fproduction.ndjson')).status()).toBe(404)
  expect((await at('..%2Fproduction.ndjson')).status()).toBe(404)
  expect((await at(`${file.replace(/^[0-9a-f]/, 'x')}${linked}`)).status()).toBe(404)
  expect((await request.get(`/images/e2eproject/production/${file}`)).status()).toBe(404)
  expect((await at(`${file}?w=wide`)).status()).toBe(400)
  expect((await at(`${file}?rect=0,0,5000,5000`)).status()).toBe(400)
  expect((await at(`${file}?blur=20`)).status()).toBe(400)
})
