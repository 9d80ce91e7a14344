import { TextIcon } from '@sanity/icons/Text'
import { defineField, defineType } from 'sanity'

/** A page section of running text under an optional heading. */
export const textSection = defineType({
  name: 'textSection',
  title: 'Text section',
  type: 'object',
  icon: TextIcon,
  fields: [
    defineField({ name: 'heading', title: 'Heading', description: 'Optional.', type: 'string' }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      validation: (rule) => rule.required().error('Write the text of this section.'),
    }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({ title: heading || 'Text section', subtitle: 'Text section' }),
  },
})
