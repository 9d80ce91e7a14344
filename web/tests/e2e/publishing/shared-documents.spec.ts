import type { APIRequestContext, Page } from '@playwright/test'
import { servePage } from '../../support/page-cache'
import { readDataset, type StoredDocument } from '../../support/publishing-helpers'
import { type DatasetEdits, expect, publish, publishEdit, test } from './fixtures'
import { article, cardLinks, open } from './site-pages'

const PAGES = ['/', '/insights', '/contact', '/ventures']

/** Publishes the document unchanged and reads the home page, so this server has seen it valid. */
async function seenValid(
  page: Page,
  request: APIRequestContext,
  dataset: DatasetEdits,
  id: string,
) {
  await publishEdit(
    request,
    dataset.change(id, (doc) => doc),
  )
  await open(page, '/')
}

test('a publish that breaks the site settings keeps their last good version on every page', async ({
  page,
  request,
  dataset,
}) => {
  await seenValid(page, request, dataset, 'siteSettings')

  const broken = dataset.change('siteSettings', ({ legalName: _gone, ...doc }) => ({
    ...doc,
    address: { _type: 'postalAddress' },
  }))
  await publishEdit(request, broken)

  for (const path of PAGES) {
    await open(page, path)
    await expect(page.getByRole('contentinfo')).toContainText('ChaffCent Ventures Limited')
    await expect(page.getByText('Something went wrong.')).toHaveCount(0)
  }
})

test('a publish that breaks the home page keeps its last good version', async ({
  page,
  request,
  dataset,
}) => {
  await seenValid(page, request, dataset, 'home')
  const heading = await page.getByRole('heading', { level: 1 }).textContent()

  await publishEdit(
    request,
    dataset.change('home', ({ hero: _gone, ...doc }) => doc),
  )

  await open(page, '/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '')
})

type Reference = { _key: string; _type: 'reference'; _ref: string }
const sectorsOf = (doc: StoredDocument) => (doc.sectors as Reference[] | undefined) ?? []
const withSector = (doc: StoredDocument, sectorId: string): StoredDocument => ({
  ...doc,
  sectors: [...sectorsOf(doc), { _key: `e2e-${sectorId}`, _type: 'reference', _ref: sectorId }],
})
const withoutSector = (doc: StoredDocument, sectorId: string): StoredDocument => ({
  ...doc,
  sectors: sectorsOf(doc).filter(({ _ref }) => _ref !== sectorId),
})

test('an article filed under a sector shows on its page, and leaves it when taken off', async ({
  page,
  request,
  dataset,
}) => {
  const sector = { id: 'sector-defence-government', path: '/sectors/defence-government' }
  // The newest article not under the sector: filed under it, it is among the three shown.
  const candidate = readDataset()
    .filter((doc) => doc._type === 'article' && !doc._id.startsWith('drafts.'))
    .filter((doc) => !sectorsOf(doc).some(({ _ref }) => _ref === sector.id))
    .filter((doc) => Date.parse(String(doc.publishedAt)) <= Date.now())
    .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
  const { doc: before, slug } = article(candidate._id)
  const insights = () => page.getByRole('region', { name: /insights on Defence/i })

  await open(page, sector.path)
  await expect(cardLinks(insights(), slug)).toHaveCount(0)

  const tagged = dataset.change(before._id, (doc) => withSector(doc, sector.id))
  expect(await publish(request, before, tagged)).toContain('sector:defence-government')
  await open(page, sector.path)
  await expect(cardLinks(insights(), slug)).toHaveCount(1)

  const untagged = dataset.change(before._id, (doc) => withoutSector(doc, sector.id))
  // The sector it was under before the publish is told too.
  expect(await publish(request, tagged, untagged)).toContain('sector:defence-government')
  await open(page, sector.path)
  await expect(cardLinks(insights(), slug)).toHaveCount(0)
})

test('a venture put in a sector is listed on that sector’s page; another sector’s page stays cached', async ({
  request,
  dataset,
}) => {
  const venture = dataset.find('venture-aviation-training-assurance')
  const joined = { id: 'sector-upstream-oil-gas', path: '/sectors/upstream-oil-gas' }
  const unrelated = '/sectors/advanced-technology'
  const listsVenture = async () => {
    const { html } = await servePage(request, joined.path)
    return html.includes('href="/ventures/aviation-training-assurance"')
  }
  expect(await listsVenture()).toBe(false)
  await servePage(request, unrelated)

  const moved = dataset.change(venture._id, (doc) => withSector(doc, joined.id))
  expect(await publish(request, venture, moved)).toContain('sector:upstream-oil-gas')
  expect((await servePage(request, unrelated)).cache).toBe('HIT')
  // A page that did not show the venture goes stale ('max'): one visit may still be the old one.
  await expect.poll(listsVenture).toBe(true)
})
