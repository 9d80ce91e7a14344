import { TYPE } from '@chaffcent/content/content-types'
import { TargetIcon } from '@sanity/icons/Target'
import { orderRankField, orderRankOrdering } from '@sanity/orderable-document-list'
import { defineField, defineType } from 'sanity'
import { slugField } from '../shared/slugField'
import { REQUIRED } from '@chaffcent/content/contract'

/**
 * A sector the firm serves, at /sectors/<slug>. Editors set their order by dragging in the desk.
 * Its page lists the ventures and articles that name it: the relation is kept on their side.
 */
export const sector = defineType({
  name: TYPE.sector,
  title: 'Sector',
  type: 'document',
  icon: TargetIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      description: 'e.g. “Aviation”.',
      type: 'string',
      validation: (rule) => rule.required().max(80).error(REQUIRED.sector.title),
    }),
    slugField({
      description:
        'The sector’s address: /sectors/<slug>. Press Generate to make it from the name.',
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description:
        'One or two sentences for the sector cards and search engines. Up to 220 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(220).error(REQUIRED.sector.summary),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      description:
        'The ventures and articles listed under it are chosen on each venture and article, in its Sectors field.',
      type: 'richText',
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
    // Hidden and read-only: the desk's drag-and-drop list writes it.
    orderRankField({ type: TYPE.sector, newItemPosition: 'after' }),
  ],
  orderings: [orderRankOrdering],
  preview: {
    select: { title: 'title', subtitle: 'summary' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Unnamed sector', subtitle }),
  },
})
