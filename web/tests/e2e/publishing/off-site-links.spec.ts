import { expect, publishEdit, test } from './fixtures'
import { ARTICLE_IDS, article, open } from './site-pages'

const OFF_SITE_MENU = [
  { _key: 'off-linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/company/chaffcent' },
  { _key: 'off-phone', label: 'Call us', url: 'tel:+441544000000' },
  { _key: 'off-hostile', label: 'Hostile link', url: 'javascript:alert(document.cookie)' },
].map((link) => ({ _type: 'link', ...link }))

test('menus and buttons link off the site (https, mailto, tel) and never to script', async ({
  page,
  request,
  dataset,
}) => {
  const edited = dataset.change('siteSettings', (doc) => {
    const cta = doc.defaultCallToAction as Record<string, unknown>
    return {
      ...doc,
      headerNavigation: [...(doc.headerNavigation as object[]), ...OFF_SITE_MENU],
      defaultCallToAction: {
        ...cta,
        primaryAction: { _type: 'link', label: 'Email ChaffCent', url: 'mailto:info@example.com' },
      },
    }
  })
  await publishEdit(request, edited)

  // Settings refresh in the background: the page after the publish may still be the old one.
  const menu = page.getByRole('navigation', { name: 'Main' })
  const path = article(ARTICLE_IDS.untouched).path
  await expect
    .poll(async () => {
      await open(page, path)
      return menu.getByRole('link', { name: 'LinkedIn' }).count()
    })
    .toBe(1)

  const linkedIn = menu.getByRole('link', { name: 'LinkedIn' })
  await expect(linkedIn).toHaveAttribute('href', OFF_SITE_MENU[0]!.url)
  await expect(linkedIn).toHaveAttribute('rel', 'noopener noreferrer')
  const phone = menu.getByRole('link', { name: 'Call us' })
  await expect(phone).toHaveAttribute('href', 'tel:+441544000000')
  expect(await phone.getAttribute('rel')).toBeNull()
  const email = page.getByRole('link', { name: 'Email ChaffCent' })
  await expect(email).toHaveAttribute('href', 'mailto:info@example.com')
  expect(await email.getAttribute('rel')).toBeNull()

  // The hostile item is left out (and logged): no link, no text, nothing that runs.
  await expect(page.getByText('Hostile link')).toHaveCount(0)
  expect(await page.locator('[href^="javascript:" i]').count()).toBe(0)
  // The editors' own menu is all still there around the new items.
  await expect(menu.getByRole('link', { name: 'Contact' })).toHaveAttribute('href', '/contact')
})
