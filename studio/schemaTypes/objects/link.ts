import { LinkIcon } from '@sanity/icons/Link'
import { SITE_ROUTES } from '@chaffcent/content'
import { safeHref } from '@chaffcent/content/safe-href'
import { defineField, defineType } from 'sanity'
import { linkableReferenceTargets } from './linkableTypes'
import { REQUIRED } from '@chaffcent/content/contract'

const routeChoices = Object.values(SITE_ROUTES).map(({ path, label }) => ({
  title: `${label} (${path})`,
  value: path,
}))

interface LinkValue {
  route?: string
  document?: { _ref?: string }
  url?: string
}

/** Which destinations a link has; it must have exactly one. */
function destinations(value: LinkValue | undefined): string[] {
  return [value?.route && 'route', value?.document?._ref && 'document', value?.url && 'url'].filter(
    (name): name is string => Boolean(name),
  )
}

/** A destination field stays hidden while another destination is chosen, so editors pick one. */
function hiddenUnlessChosen(name: string) {
  return ({ parent }: { parent?: unknown }) => {
    const chosen = destinations(parent as LinkValue | undefined)
    return chosen.length > 0 && !chosen.includes(name)
  }
}

/** A link goes to one place: a fixed page of the site, a document's own page, or an address elsewhere. */
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
      validation: (rule) => rule.required().error(REQUIRED.link.label),
    }),
    defineField({
      name: 'route',
      title: 'Page of the site',
      description:
        'Choose a fixed page, or leave empty and choose a document or an address elsewhere below.',
      type: 'string',
      options: { list: routeChoices, layout: 'dropdown' },
      hidden: hiddenUnlessChosen('route'),
      // The list itself is the rule (Sanity checks the value is one of it); this is its message.
      validation: (rule) => rule.error('Choose a page from the list.'),
    }),
    defineField({
      name: 'document',
      title: 'Document',
      description: 'An article, sector, venture, page or legal document to link to.',
      type: 'reference',
      to: linkableReferenceTargets,
      hidden: hiddenUnlessChosen('document'),
    }),
    defineField({
      name: 'url',
      title: 'Address elsewhere',
      description:
        'A web address (https://…), an email (mailto:name@example.com) or a phone number (tel:+44…).',
      // A string, not Sanity's `url` type, whose own rule would refuse mailto: and tel: addresses.
      type: 'string',
      hidden: hiddenUnlessChosen('url'),
      // The site renders a link only if the same sanitiser as rich text lets it through.
      validation: (rule) =>
        rule.custom((url?: string) => {
          if (!url || safeHref(url)) return true
          return 'Use a full address starting https://, mailto: or tel:.'
        }),
    }),
  ],
  validation: (rule) =>
    rule.custom((value: LinkValue | undefined) => {
      if (!value) return true
      const chosen = destinations(value).length
      if (chosen > 1)
        return 'Choose one destination (a page of the site, a document or an address elsewhere): clear the others.'
      if (chosen === 0)
        return 'Choose where this link goes: a page of the site, a document or an address elsewhere.'
      return true
    }),
  preview: {
    select: {
      title: 'label',
      route: 'route',
      article: 'document.title',
      venture: 'document.name',
      url: 'url',
    },
    prepare: ({ title, route, article, venture, url }) => ({
      title: title || 'Link without text',
      subtitle: route || article || venture || url || 'No destination yet',
    }),
  },
})
