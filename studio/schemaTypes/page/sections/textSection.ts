import { TextIcon } from '@sanity/icons/Text'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

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
      validation: (rule) => rule.required().error(REQUIRED.textSection.body),
    }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({ title: heading || 'Text section', subtitle: 'Text section' }),
  },
})
