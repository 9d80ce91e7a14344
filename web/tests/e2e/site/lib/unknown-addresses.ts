import { randomBytes, randomInt } from 'node:crypto'
import { CONTENT_TYPES } from '@chaffcent/content/content-types'
import { fillAddress } from '@chaffcent/content/routes'
import { documentsOfType, slugOf } from '../../../support/site-helpers'
import { NOT_FOUND_COPY } from './client-facts'
import { SLUGGED_ADDRESSES } from './routes'

const word = () => randomBytes(6).toString('hex')
const categories = documentsOfType('category').map(slugOf)
const someCategory = () => categories[randomInt(categories.length)]!

/** Segments no listing's pagination reaches: past any last page, page 1, or no page number at all. */
const NOT_A_LATER_PAGE = [
  () => String(randomInt(1_000, 1_000_000)),
  () => '1',
  () => `0${randomInt(2, 10)}`,
  () => `-${randomInt(2, 10)}`,
  () => `+${randomInt(2, 10)}`,
  () => String(randomInt(2 ** 40, 2 ** 47)),
  () => word(),
]
const notALaterPage = () => NOT_A_LATER_PAGE[randomInt(NOT_A_LATER_PAGE.length)]!()

const { article, category } = CONTENT_TYPES
const pageOf = (pattern: string, slug: string, page: string) =>
  pattern.replace(':slug', slug).replace(':page', page)

/** A fresh unknown address under each dynamic route of the site (the content-type table's). */
export const UNKNOWN_ADDRESS_KINDS: Record<string, () => string> = {
  ...Object.fromEntries(
    SLUGGED_ADDRESSES.map(({ type, address }) => [
      type,
      () => fillAddress(address, { slug: word() }),
    ]),
  ),
  'article share image': () => `${fillAddress(article.address, { slug: word() })}/opengraph-image`,
  'malformed slug': () => fillAddress(article.address, { slug: `${word().toUpperCase()}_x` }),
  'insights page number': () => pageOf(article.listing.pages, '', notALaterPage()),
  'category page number': () => pageOf(category.pages, someCategory(), notALaterPage()),
  'unknown category page': () => pageOf(category.pages, word(), '2'),
}

interface Asked {
  suffix: string
  headers: Record<string, string>
  /** Asked as the router asks: the answer is an RSC payload, not HTML. */
  rsc: boolean
}

const junkCookie = () => ({ cookie: `__prerender_bypass=${word()}` })
/** The router's own headers, with a state tree naming a segment nobody has seen. */
const rscHeaders = (prefetch: boolean) => ({
  RSC: '1',
  'Next-Router-State-Tree': encodeURIComponent(
    JSON.stringify(['', { children: [word(), { children: ['__PAGE__', {}] }] }, null, null, true]),
  ),
  ...(prefetch ? { 'Next-Router-Prefetch': '1' } : {}),
})

/** How one address can be asked for: as a visitor, with a junk draft cookie, a query, RSC headers. */
export const WAYS_TO_ASK: Record<string, () => Asked> = {
  visitor: () => ({ suffix: '', headers: {}, rsc: false }),
  'junk draft cookie': () => ({ suffix: '', headers: junkCookie(), rsc: false }),
  'query string': () => ({ suffix: `?${word()}=${word()}`, headers: {}, rsc: false }),
  'RSC navigation': () => ({ suffix: `?_rsc=${word()}`, headers: rscHeaders(false), rsc: true }),
  'RSC prefetch, junk draft cookie': () => ({
    suffix: '',
    headers: { ...rscHeaders(true), ...junkCookie() },
    rsc: true,
  }),
  'all at once': () => ({
    suffix: `?${word()}=${word()}`,
    headers: { ...rscHeaders(true), ...junkCookie() },
    rsc: true,
  }),
}

/**
 * What is wrong with an answer that should be the whole not-found page (nothing if it is):
 * status 404, and the page's language, title and copy in the HTML or the RSC payload.
 */
export function notWholeNotFoundPage(status: number, body: string, rsc: boolean): string[] {
  const wanted: [string, RegExp | string][] = rsc
    ? [
        ['lang', '"lang":"en-GB"'],
        ['title', /\["\$","title","0",\{"children":"[^"]+"\}/],
        ['copy', `"children":"${NOT_FOUND_COPY.heading}"`],
      ]
    : [
        ['lang', /<html lang="en-GB"/],
        ['title', /<title>[^<]+<\/title>/],
        ['copy', NOT_FOUND_COPY.heading],
      ]
  const missing = wanted
    .filter(([, want]) => (typeof want === 'string' ? !body.includes(want) : !want.test(body)))
    .map(([name]) => `no ${name}`)
  return [...(status === 404 ? [] : [`status ${status}`]), ...missing]
}
