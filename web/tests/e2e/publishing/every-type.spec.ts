import { hrefFor } from '@chaffcent/content/routes'
import { serveAll, servePage } from '../../support/page-cache'
import { fieldValue, htmlShows, PUBLISH_CASES, withField } from '../../support/publish-cases'
import { expiryFor } from '../../../src/publishing/revalidation/expiry'
import { siteRoutes } from '../site/lib/routes'
import { expect, publish, test } from './fixtures'

const paths = siteRoutes().map(({ path }) => path)

for (const { type, id, field, untouched, linkedTo } of PUBLISH_CASES) {
  test(`publishing a ${type} refreshes every page that shows it, and only those`, async ({
    request,
    dataset,
  }) => {
    const before = dataset.find(id)
    const shownValue = fieldValue(before, field)
    // The pages that show the document are those whose HTML carries the field's value.
    const showing = (await serveAll(request, paths)).filter((page) => {
      expect(page.status, page.path).toBe(200)
      return htmlShows(page.html, shownValue, linkedTo)
    })
    const ownPath = hrefFor({ _type: type, slug: before.slug?.current })
    if (ownPath) expect(showing.map((page) => page.path)).toContain(ownPath)
    if (untouched) {
      expect(showing.map((page) => page.path)).not.toContain(untouched)
      // A previous test's settings publish leaves every page stale for one visit: wait until
      // this one is cached again, so the check after the publish means something.
      await expect.poll(async () => (await servePage(request, untouched)).cache).toBe('HIT')
    } else expect(showing).toHaveLength(paths.length)

    const revised = `Revised ${type} ${field} ${Date.now()}`
    const after = dataset.change(id, (doc) => withField(doc, field, revised))
    await publish(request, before, after)

    if (untouched) expect((await servePage(request, untouched)).cache, untouched).toBe('HIT')
    // A type whose tag goes stale ('max') may serve one visit stale while the page refreshes.
    const staleOnce = expiryFor(type, type) === 'max'
    for (const { path } of showing) {
      const shows = async () => htmlShows((await servePage(request, path)).html, revised, linkedTo)
      const message = `${path} shows the revised ${field}`
      if (!staleOnce) expect(await shows(), message).toBe(true)
      else await expect.poll(shows, { message }).toBe(true)
    }
  })
}
