import { ThListIcon } from '@sanity/icons/ThList'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** One column of links in the site footer, under its own heading. */
export const footerColumn = defineType({
  name: 'footerColumn',
  title: 'Footer column',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      description: 'e.g. “Company”, “Explore” or “Legal”.',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.footerColumn.heading),
    }),
    defineField({
      name: 'links',
      title: 'Links',
      type: 'array',
      of: [defineArrayMember({ type: 'link' })],
      validation: (rule) => rule.required().min(1).error(REQUIRED.footerColumn.links),
    }),
  ],
  preview: {
    select: { title: 'heading', links: 'links' },
    prepare: ({ title, links }) => {
      const count = Array.isArray(links) ? links.length : 0
      return { title: title || 'Footer column', subtitle: `${count} link${count === 1 ? '' : 's'}` }
    },
  },
})
