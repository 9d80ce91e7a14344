import { expect, test } from '@playwright/test'
import { documentById, jsonLdOfType, readJsonLd, SITE_URL } from '../../support/site-helpers'
import { SEED_ARTICLE } from './lib/client-facts'

const AUTHOR_ID = 'person-chaffcent-ventures'

test('an article’s byline links its author to their card on the team page', async ({ page }) => {
  const author = documentById(AUTHOR_ID)
  const anchor = `/who-we-are#${author.slug?.current}`
  await page.goto(SEED_ARTICLE.path)
  const header = page.locator('header[aria-label="Article header"]')
  const byline = header.getByRole('link', { name: author.name ?? '', exact: true })
  await expect(byline).toHaveAttribute('href', anchor)

  const [article] = jsonLdOfType(await readJsonLd(page), 'Article')
  expect(article?.author).toEqual([
    { '@type': 'Person', name: author.name, jobTitle: author.role, url: `${SITE_URL}${anchor}` },
  ])

  await byline.click()
  await expect(page).toHaveURL(new RegExp(`${anchor}$`))
  const card = page.locator(`[id="${author.slug?.current}"]`)
  await expect(card).toBeInViewport()
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(author.name ?? '')
  await expect(card.getByText(author.role ?? '', { exact: true })).toBeVisible()
})
