import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { linkableReferenceTargets } from '../objects/linkableTypes'

/** A link from within text to another page of the site, kept right when that page's address changes. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to a page of the site',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      description: 'The article, sector, venture, page or legal document to link to.',
      type: 'reference',
      to: linkableReferenceTargets,
      validation: (rule) => rule.required().error('Choose the page this text links to.'),
    }),
  ],
})
