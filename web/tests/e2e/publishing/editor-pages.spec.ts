import type { Page } from '@playwright/test'
import { mutationsFor } from '../../../../studio/actions/publishWithRedirect'
import { planSlugRedirect } from '../../../../studio/actions/slugRedirect'
import type { StoredDocument } from '../../support/publishing-helpers'
import { expect, publish, test } from './fixtures'
import { open, sitemap, statusOf } from './site-pages'

/** A page an editor makes in the studio: not one of the four fixed ones. */
const careers: StoredDocument = {
  _id: 'e2e-page-careers',
  _type: 'page',
  title: 'Careers',
  slug: { _type: 'slug', current: 'careers' },
  intro: 'How to work with us.',
  sections: [
    {
      _key: 'faq',
      _type: 'faqSection',
      heading: 'Questions',
      items: [{ _key: 'q1', _type: 'faqItem', question: 'Do you hire?', answer: 'Ask us.' }],
    },
  ],
}

/**
 * How many links to `href` the header menu shows, polled: settings refresh in the background,
 * so the page right after a publish may still be the old one.
 */
const menuLinks = (page: Page, href: string) =>
  expect.poll(async () => {
    await open(page, '/')
    return page.getByRole('navigation', { name: 'Main' }).locator(`a[href="${href}"]`).count()
  })

test('a page an editor creates, renames and deletes reaches the site, menus and sitemap', async ({
  page,
  request,
  dataset,
}) => {
  expect(await statusOf(request, '/careers')).toBe(404)

  // Created and published: at its address, with its questions, and in the sitemap.
  await publish(request, null, dataset.add(careers))
  await open(page, '/careers')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Careers')
  await page.getByText('Do you hire?').click()
  await expect(page.getByText('Ask us.')).toBeVisible()
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(jsonLd.some((text) => text.includes('"FAQPage"'))).toBe(true)
  expect((await sitemap(request)).has('/careers')).toBe(true)

  // Linked from the header menu.
  const settings = dataset.find('siteSettings')
  const linked = dataset.change('siteSettings', (doc) => ({
    ...doc,
    headerNavigation: [
      ...(doc.headerNavigation as object[]),
      {
        _key: 'careers',
        _type: 'link',
        label: 'Careers',
        document: { _type: 'reference', _ref: careers._id },
      },
    ],
  }))
  await publish(request, settings, linked)
  await menuLinks(page, '/careers').toBe(1)

  // Renamed as the studio publishes a rename: the redirect first, then the page.
  const published = dataset.find(careers._id)
  const renamed = { ...published, slug: { _type: 'slug', current: 'join-us' } }
  const plan = planSlugRedirect('page', published, renamed, [])
  const created = mutationsFor(plan!).flatMap((change) =>
    'create' in change ? [change.create] : [],
  )
  expect(created).toHaveLength(1)
  await publish(request, null, dataset.add(created[0]!))
  await publish(
    request,
    published,
    dataset.change(careers._id, () => renamed),
  )
  const moved = await request.get('/careers', { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers()['location']).toBe('/join-us')
  await open(page, '/join-us')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Careers')
  await menuLinks(page, '/join-us').toBe(1)

  // Deleted: the full 404 page, and gone from the sitemap and the menu.
  await publish(request, dataset.remove(careers._id), null)
  const gone = await page.goto('/join-us')
  expect(gone?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found.' })).toBeVisible()
  expect((await sitemap(request)).has('/join-us')).toBe(false)
  await menuLinks(page, '/join-us').toBe(0)
})

test('no page can be added at an address the site already uses for its own section', async ({
  request,
  dataset,
}) => {
  // The studio refuses the slug; were one published anyway, the site's own route still answers.
  const clash = {
    ...careers,
    _id: 'e2e-page-insights',
    slug: { _type: 'slug', current: 'insights' },
  }
  await publish(request, null, dataset.add(clash))
  const insights = await request.get('/insights')
  expect(insights.status()).toBe(200)
  expect(await insights.text()).not.toContain('How to work with us.')
})
