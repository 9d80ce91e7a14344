import { defineField, getPublishedId, type SlugIsUniqueValidator } from 'sanity'
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@chaffcent/content/slug'

/**
 * Whether another document of the same type already uses a slug. Its own draft and
 * release versions share its published id, so they do not count. The validation tests
 * answer this exact query from the seed dataset, so keep the two in step.
 */
export const SLUG_IN_USE_QUERY =
  'defined(*[_type == $type && slug.current == $slug && !sanity::versionOf($published)][0]._id)'

export const isSlugFreeWithinType: SlugIsUniqueValidator = async (
  slug,
  { document, getClient },
) => {
  if (!document) return true
  const inUse = await getClient({ apiVersion: SANITY_API_VERSION })
    .withConfig({ perspective: 'raw' })
    .fetch<boolean>(SLUG_IN_USE_QUERY, {
      type: document._type,
      slug,
      published: getPublishedId(document._id),
    })
  return !inUse
}

interface SlugFieldOptions {
  /** What editors read under the field: where the address is used. */
  description: string
  /** The field the Generate button makes the slug from. */
  source?: string
  /** The only slugs this type may use, when its pages are fixed by the site. */
  allowed?: readonly string[]
  /** The tab of the form the field sits in, when the document has tabs. */
  group?: string
  /** Slugs the site's own routes answer at, which a document here would be hidden behind. */
  reserved?: (slug: string) => boolean
  /** The slug a fixed document keeps, by its id: editors then cannot change it. */
  fixedSlugOf?: (id: string) => string | undefined
}

/**
 * A document's web address. Sanity's own slug check (well formed, not already in use)
 * runs on every slug field; its "Required" and "Slug is already in use" messages are kept
 * as they are, because a message set here with `.error()` would replace them both.
 */
export function slugField({
  description,
  source = 'title',
  allowed,
  group,
  reserved,
  fixedSlugOf,
}: SlugFieldOptions) {
  const fixedSlug = (document?: { _id?: string }) => fixedSlugOf?.(document?._id ?? '')
  return defineField({
    name: 'slug',
    title: 'Web address (slug)',
    description,
    type: 'slug',
    group,
    readOnly: ({ document }) => fixedSlug(document) !== undefined,
    options: {
      source: allowed ? undefined : source,
      maxLength: SLUG_MAX_LENGTH,
      isUnique: isSlugFreeWithinType,
    },
    validation: (rule) =>
      rule.required().custom((slug, { document }) => {
        const current = slug?.current
        if (!current) return true
        if (allowed && !allowed.includes(current)) return onlyTheseSlugs(allowed)
        const fixed = fixedSlug(document)
        if (fixed !== undefined && current !== fixed)
          return `This page always lives at /${fixed}: change the slug back to “${fixed}”.`
        if (fixed === undefined && reserved?.(current))
          return `The site already uses /${current} for one of its own sections. Choose another address, e.g. “${current}-overview”.`
        return SLUG_PATTERN.test(current)
          ? true
          : 'Use only lower-case letters, numbers and single hyphens, e.g. “layered-security”. Press Generate to make one.'
      }),
  })
}

function onlyTheseSlugs(allowed: readonly string[]): string {
  const choices = new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(allowed)
  return `Use one of the addresses the site has a page for: ${choices}.`
}
