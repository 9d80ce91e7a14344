import { TYPE } from '@chaffcent/content/content-types'
import { hrefFor } from '@chaffcent/content/routes'
import { safeHref } from '@chaffcent/content/safe-href'
import { SLUG_PATTERN } from '@chaffcent/content/slug'
import { z } from 'zod'
import { image } from '../images/schema'
import { validList } from './validate'
import { contractFields } from './contract'
import { cleanString, hasVisibleText, trimVisible } from './stega'

/**
 * A required, non-blank string: what editors must fill in for a page to show. Shown text,
 * so in preview it keeps its click-to-edit marks (./stega.ts); whatever turns it into
 * metadata, JSON-LD or a feed cleans it there.
 */
export const text = z
  .string()
  .refine(hasVisibleText, 'Too small: expected text')
  .transform(trimVisible)

/** Optional fields come back from GROQ as null when empty. */
export const optionalText = text.nullish().transform((value) => value ?? undefined)

export const slug = cleanString.pipe(z.string().regex(SLUG_PATTERN, 'not a URL-safe slug'))

export const isoDate = cleanString.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'not an ISO date'))

/** One of a fixed set of options (a slug the site knows, a status), compared without marks. */
export const option = <const T extends readonly [string, ...string[]]>(values: T) =>
  cleanString.pipe(z.enum(values))

/** A link resolved to an address; a link whose target has no page fails and is left out. */
export const link = z
  .object(
    contractFields('link', {
      _key: z.string().nullish(),
      label: text,
      route: cleanString.pipe(z.string().startsWith('/')).nullish(),
      document: z.object({ _type: z.string(), slug: cleanString.nullish() }).nullish(),
      // An address off the site, passed through the same sanitiser as rich text's links.
      url: cleanString.nullish(),
    }),
  )
  .transform((value, context) => {
    const href =
      value.route ?? (value.document ? hrefFor(value.document) : null) ?? safeHref(value.url)
    if (!href) {
      const problem = value.url
        ? 'its address is not an https, mailto or tel URL'
        : 'it has no route and no published target'
      context.addIssue({ code: 'custom', message: `link left out: ${problem}` })
      return z.NEVER
    }
    return { key: value._key ?? href, label: value.label, href }
  })

export type Link = z.output<typeof link>

export const callToAction = z.object(
  contractFields('callToAction', {
    eyebrow: text,
    heading: text,
    text,
    primaryAction: link,
    secondaryAction: link,
  }),
)

export type CallToAction = z.output<typeof callToAction>

/** Portable Text is rendered by components that ignore what they don't know, so only its frame is checked. */
export const richText = z
  .array(z.looseObject({ _type: z.string(), _key: z.string() }))
  .nullish()
  .transform((blocks) => blocks ?? [])

const seoFields = z.object({
  title: optionalText,
  description: optionalText,
  noIndex: z.boolean().nullish().transform(Boolean),
  shareImage: image,
})

/** A document's search and sharing overrides; an unset override is undefined. */
export const seo = seoFields
  .nullish()
  .transform(
    (value): z.output<typeof seoFields> =>
      value ?? { title: undefined, description: undefined, noIndex: false, shareImage: undefined },
  )

export type Seo = z.output<typeof seo>

/** The type of the documents articles are filed under, named once for schemas, tags and logs. */
export const CATEGORY = TYPE.category

export const category = z.object(
  contractFields(CATEGORY, { _type: z.literal(CATEGORY), title: text, slug }),
)

/** The type of the Insights, named once for schemas, tags and logs. */
export const ARTICLE = TYPE.article

export const articleCard = z.object(
  contractFields(ARTICLE, {
    _id: z.string(),
    _type: z.literal(ARTICLE),
    title: text,
    slug,
    excerpt: text,
    publishedAt: isoDate,
    category,
    coverImage: image,
  }),
)

export type ArticleCard = z.output<typeof articleCard>

/**
 * A list inside a document whose broken items are left out (and logged) rather than
 * failing the whole document: one bad footer link must not take the site down.
 */
export function listOf<S extends z.ZodType>(
  item: S,
  label: string,
): z.ZodType<z.output<S>[], z.input<S>[] | null | undefined> {
  const lenient = z
    .array(z.unknown())
    .nullish()
    .transform((items) => validList(item, items ?? [], label))
  // Typed by what a valid list looks like, so generated query types can be compared with it.
  return lenient as unknown as z.ZodType<z.output<S>[], z.input<S>[] | null | undefined>
}
