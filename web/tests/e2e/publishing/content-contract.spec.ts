import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isDocumentType } from '@chaffcent/content'
import { hrefFor, SITE_ROUTES } from '@chaffcent/content/routes'
import { readDataset, slugOf, writeDatasetText } from '../../support/publishing-helpers'
import { PUBLISHING_DATASET } from '../../support/servers'
import { expect, publishEdit, test } from './fixtures'

/** The seed with every field filled, and its smallest publishable versions (studio/seed/build-smallest.ts). */
const VARIANTS = ['largest', 'smallest', 'sparse'] as const
const variantFile = (name: string) => path.join('..', 'studio', 'seed', `${name}.ndjson`)

/** Every address the dataset gives a page, and the fixed routes and listings. */
function addressesOf(file: string): string[] {
  const documentPages = readDataset(file).flatMap((doc) => {
    const href = hrefFor({ _type: doc._type, slug: slugOf(doc) })
    return href ? [href] : []
  })
  const fixed = Object.values(SITE_ROUTES).map(({ path: route }) => route)
  return [...new Set([...fixed, ...documentPages, '/sitemap.xml'])]
}

/** Publishes every document of the file the publishing server now reads, as editors would. */
async function publishAll(request: Parameters<typeof publishEdit>[0], file: string) {
  // Image assets are uploads, not documents the site's webhook is told about.
  for (const doc of readDataset(file).filter(({ _type }) => isDocumentType(_type)))
    await publishEdit(request, doc)
}

for (const variant of VARIANTS) {
  test(`the ${variant} content the studio accepts renders every page`, async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000)
    const seed = readFileSync(PUBLISHING_DATASET, 'utf8')
    try {
      writeDatasetText(readFileSync(variantFile(variant), 'utf8'))
      await publishAll(request, PUBLISHING_DATASET)
      for (const address of addressesOf(PUBLISHING_DATASET)) {
        const response = await page.goto(address, { waitUntil: 'domcontentloaded' })
        expect(response?.status(), address).toBe(200)
        if (address.endsWith('.xml')) continue
        await expect(page.getByRole('heading', { level: 1 }), address).toHaveCount(1)
        await expect(page.getByText('Something went wrong.'), address).toHaveCount(0)
      }
    } finally {
      writeDatasetText(seed)
      await publishAll(request, PUBLISHING_DATASET)
    }
  })
}
