import { LinkIcon } from '@sanity/icons/Link'
import { SITE_ROUTES } from '@chaffcent/content'
import { defineField, defineType, type Rule } from 'sanity'
import { linkableReferenceTargets } from './linkableTypes'

const routeChoices = Object.values(SITE_ROUTES).map(({ path, label }) => ({
  title: `${label} (${path})`,
  value: path,
}))

interface LinkValue {
  route?: string
  document?: { _ref?: string }
}

/** A link goes to one place, a fixed page of the site or a document's own page, not both. */
function destinationProblem(value: LinkValue | undefined): true | string {
  if (!value) return true
  const hasRoute = Boolean(value.route)
  const hasDocument = Boolean(value.document?._ref)
  if (hasRoute && hasDocument)
    return 'Choose either a page of the site or a document, not both: clear one of them.'
  if (!hasRoute && !hasDocument)
    return 'Choose where this link goes: a page of the site or a document.'
  return true
}

/**
 * For a link field that must be set. A field's own validation replaces its type's, so this
 * keeps the one-destination rule beside `required`.
 */
export function requiredLink(message: string) {
  return (rule: Rule) => [rule.custom(destinationProblem), rule.required().error(message)]
}

/** A link goes to one place: a fixed page of the site, or a document's own page. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Link text',
      description: 'The words people click on, e.g. “Contact ChaffCent”.',
      type: 'string',
      validation: (rule) => rule.required().error('Write the words people click on.'),
    }),
    defineField({
      name: 'route',
      title: 'Page of the site',
      description: 'Choose a fixed page, or leave empty and choose a document below.',
      type: 'string',
      options: { list: routeChoices, layout: 'dropdown' },
      hidden: ({ parent }) =>
        Boolean((parent as LinkValue | undefined)?.document) && !parent?.route,
      // The list itself is the rule (Sanity checks the value is one of it); this is its message.
      validation: (rule) => rule.error('Choose a page from the list.'),
    }),
    defineField({
      name: 'document',
      title: 'Document',
      description: 'An article, sector, venture, page or legal document to link to.',
      type: 'reference',
      to: linkableReferenceTargets,
      hidden: ({ parent }) =>
        Boolean((parent as LinkValue | undefined)?.route) && !parent?.document,
    }),
  ],
  validation: (rule) => rule.custom(destinationProblem),
  preview: {
    select: { title: 'label', route: 'route', article: 'document.title', venture: 'document.name' },
    prepare: ({ title, route, article, venture }) => ({
      title: title || 'Link without text',
      subtitle: route || article || venture || 'No destination yet',
    }),
  },
})
