import { expect, test } from '@playwright/test'
import {
  articlesNewestFirst,
  blockText,
  canonicalFor,
  documentById,
  jsonLdOfType,
  LEGAL_NAME,
  readJsonLd,
  SITE_URL,
  slugOf,
} from '../../support/site-helpers'
import { ARTICLE_CALL_TO_ACTION, SEED_ARTICLE } from './lib/client-facts'

test.describe('the seed article, as the client’s current site shows it', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED_ARTICLE.path)
    expect(response?.status()).toBe(200)
  })

  test('its header: breadcrumb, category, reading time, title, excerpt, byline and date', async ({
    page,
  }) => {
    const excerpt = documentById(SEED_ARTICLE.id).excerpt ?? ''
    // A <header> inside <main> has no landmark role, so it is found by its label.
    const header = page.locator('header[aria-label="Article header"]')
    const breadcrumb = header.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link')).toHaveText('← Insights')
    await expect(breadcrumb.getByRole('link')).toHaveAttribute('href', '/insights')
    await expect(header.getByText(SEED_ARTICLE.category, { exact: true })).toBeVisible()
    await expect(header.getByText(SEED_ARTICLE.readTime, { exact: true })).toBeVisible()
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE.title)
    await expect(header.getByText(excerpt, { exact: true })).toBeVisible()
    await expect(header.getByText(SEED_ARTICLE.byline, { exact: true })).toBeVisible()
    const time = header.locator('time')
    await expect(time).toHaveAttribute('datetime', SEED_ARTICLE.dateTime)
    await expect(time).toHaveText(SEED_ARTICLE.date)
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', excerpt)
  })

  test('its body: the seed’s seventeen paragraphs, word for word', async ({ page }) => {
    const body = documentById(SEED_ARTICLE.id).body ?? []
    expect(body).toHaveLength(SEED_ARTICLE.paragraphs)
    const paragraphs = page.getByRole('article', { name: 'Article content' }).locator('p')
    await expect(paragraphs).toHaveText(body.map(blockText))
    await expect(page.getByRole('link', { name: 'Back to Insights' })).toHaveText(
      '← Back to Insights',
    )
  })

  test('Further Reading: the two related articles as whole-card links', async ({ page }) => {
    const section = page.locator('section[aria-labelledby="related-heading"]')
    await expect(section.locator('h2#related-heading')).toHaveText('Further Reading')
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(
      SEED_ARTICLE.related.map(({ title }) => title),
    )
    for (const related of SEED_ARTICLE.related) {
      const link = page.getByRole('link', { name: related.title, exact: true })
      const heading = section.getByRole('heading', { level: 3, name: related.title })
      await expect(heading.getByRole('link')).toHaveAttribute('href', related.href)
      const card = section.getByRole('listitem').filter({ has: link })
      await expect(card.getByText(related.category, { exact: true })).toBeVisible()
      await expect(card.getByText('Read article →')).toBeVisible()
    }
  })

  test('a click anywhere on a related card opens that article', async ({ page }) => {
    const first = SEED_ARTICLE.related[0]
    const card = page
      .locator('section[aria-labelledby="related-heading"] li')
      .filter({ hasText: first.title })
    // The card's excerpt is plain text; the title link's overlay is what receives the click.
    const excerpt = card.locator('p').last()
    await excerpt.scrollIntoViewIfNeeded()
    const box = await excerpt.boundingBox()
    if (!box) throw new Error('The related card’s excerpt is not laid out')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(page).toHaveURL(first.href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)
  })

  test('the call to action banner closes the page', async ({ page }) => {
    const banner = page.getByRole('region', { name: 'Call to action' })
    await expect(banner.getByText(ARTICLE_CALL_TO_ACTION.eyebrow, { exact: true })).toBeVisible()
    await expect(banner.getByRole('heading', { level: 2 })).toHaveText(
      ARTICLE_CALL_TO_ACTION.heading,
    )
    await expect(banner.getByText(ARTICLE_CALL_TO_ACTION.text)).toBeVisible()
    const { primary, secondary } = ARTICLE_CALL_TO_ACTION
    const links = banner.getByRole('link')
    await expect(links).toHaveCount(2)
    await expect(links.nth(0)).toHaveAccessibleName(primary.name)
    await expect(links.nth(0)).toHaveAttribute('href', primary.href)
    await expect(links.nth(1)).toHaveAccessibleName(secondary.name)
    await expect(links.nth(1)).toHaveText(/^View Insights\s*→$/)
    await expect(links.nth(1)).toHaveAttribute('href', secondary.href)
  })
})

for (const article of articlesNewestFirst()) {
  const path = `/insights/${slugOf(article)}`
  test(`${path} carries Article and BreadcrumbList JSON-LD`, async ({ page }) => {
    await page.goto(path)
    const objects = await readJsonLd(page)
    const category = documentById(article.category?._ref ?? '')
    expect(jsonLdOfType(objects, 'Article')).toEqual([
      expect.objectContaining({
        headline: article.title,
        description: article.excerpt,
        datePublished: article.publishedAt,
        url: canonicalFor(path),
        mainEntityOfPage: canonicalFor(path),
        articleSection: category.title,
        inLanguage: 'en-GB',
        // Its authors, people of the seed, each named as a Person.
        author: (article.authors ?? []).map(({ _ref }) =>
          expect.objectContaining({ '@type': 'Person', name: documentById(_ref).name }),
        ),
        publisher: expect.objectContaining({ name: LEGAL_NAME }),
      }),
    ])
    const [breadcrumbs] = jsonLdOfType(objects, 'BreadcrumbList')
    expect(breadcrumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/` },
      { '@type': 'ListItem', position: 2, name: 'Insights', item: `${SITE_URL}/insights` },
      { '@type': 'ListItem', position: 3, name: article.title, item: canonicalFor(path) },
    ])
  })
}
