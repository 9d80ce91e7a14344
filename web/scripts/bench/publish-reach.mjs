// How far each document type's publish reaches: of every page in the sitemap, how many the
// publish expires (served `x-nextjs-cache` other than HIT on the next request).
import { fieldValue, PUBLISH_CASES, withField } from '../../tests/support/publish-cases.ts'
import { sendWebhook } from './webhook.mjs'

async function sitemapPaths(siteUrl) {
  const xml = await (await fetch(`${siteUrl}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname)
}

/** Requests every page once; returns the paths not served from the cache. */
async function uncached(siteUrl, paths) {
  const missed = []
  for (const path of paths) {
    const response = await fetch(siteUrl + path)
    await response.arrayBuffer()
    if (response.headers.get('x-nextjs-cache') !== 'HIT') missed.push(path)
  }
  return missed
}

/** Publishes one edit per type, then its restore; returns `{ type, expired, pages }` rows. */
export async function measureReach({ siteUrl, dataset, secret }) {
  const paths = await sitemapPaths(siteUrl)
  const rows = []
  for (const { type, id, field } of PUBLISH_CASES) {
    await uncached(siteUrl, paths)
    const before = dataset.find(id)
    const after = dataset.change(id, (doc) =>
      withField(doc, field, `${fieldValue(doc, field)} (reach)`),
    )
    await sendWebhook(siteUrl, before, after, secret)
    rows.push({ type, expired: (await uncached(siteUrl, paths)).length, pages: paths.length })
    await sendWebhook(
      siteUrl,
      after,
      dataset.change(id, () => before),
      secret,
    )
  }
  return rows
}

export function describeReach(rows) {
  const lines = rows.map(
    ({ type, expired, pages }) => `  ${type.padEnd(14)} ${String(expired).padStart(3)} of ${pages}`,
  )
  return ['\nPages each type’s publish expires (sitemap pages re-rendered on the next request)']
    .concat(lines)
    .join('\n')
}
