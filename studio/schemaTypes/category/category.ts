import { TYPE } from '@chaffcent/content/content-types'
import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'
import { slugField } from '../shared/slugField'
import { REQUIRED } from '@chaffcent/content/contract'

/** A subject Insights articles are filed under, e.g. "Security & Resilience". */
export const category = defineType({
  name: TYPE.category,
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Name',
      description: 'e.g. “Infrastructure & Energy”.',
      type: 'string',
      validation: (rule) => rule.required().max(60).error(REQUIRED.category.title),
    }),
    slugField({
      description:
        'The category’s Insights page: /insights/category/<slug>. Press Generate to make it from the name.',
    }),
    defineField({
      name: 'description',
      title: 'Description',
      description: 'Optional. One or two sentences on what the category covers.',
      type: 'text',
      rows: 2,
      validation: (rule) =>
        rule.max(300).error('Shorten the description to 300 characters or fewer.'),
    }),
  ],
  orderings: [{ title: 'Name', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', subtitle: 'description' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Unnamed category', subtitle }),
  },
})
