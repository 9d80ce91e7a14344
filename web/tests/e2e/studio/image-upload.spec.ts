import { expect, lakeQuery, openDocument, test } from './studio'

const ARTICLE_ID = 'article-counter-uav-requirements-start-with-the-site'

/** A real 4 × 3 PNG, as an editor's file. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEElEQVQImWOQ9bsBRww4OQAesA8lQoM/kQAAAABJRU5ErkJggg==',
  'base64',
)

test('an editor uploads a cover image offline: the lake stores it and the studio shows it', async ({
  studio,
}) => {
  await openDocument(studio, ARTICLE_ID, 'article')
  // The content tab's one file input: the cover image's upload button.
  await studio.getByTestId('file-button-input').setInputFiles({
    name: 'cover.png',
    mimeType: 'image/png',
    buffer: PNG,
  })

  // The draft names the asset the upload created, with the file's name and size.
  const assetRef = `*[_id == "drafts.${ARTICLE_ID}"][0].coverImage.asset._ref`
  await expect
    .poll(() => lakeQuery(assetRef), { timeout: 15_000 })
    .toMatch(/^image-[0-9a-f]{40}-4x3-png$/)
  const asset = (await lakeQuery(
    `*[_id == ${assetRef}][0]{ originalFilename, metadata, sha1hash }`,
  )) as {
    sha1hash: string
  }
  expect(asset).toMatchObject({
    originalFilename: 'cover.png',
    metadata: { dimensions: { width: 4, height: 3 } },
  })

  // The studio shows the image, loaded from the lake.
  const preview = studio.locator(`img[src*="${asset.sha1hash}-4x3.png"]`).first()
  await expect(preview).toBeVisible()
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4)
})
