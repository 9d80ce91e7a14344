import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** A page section of someone's words set apart, e.g. a client's or partner's, with who said them. */
export const quoteSection = defineType({
  name: 'quoteSection',
  title: 'Quote',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'quote',
      title: 'Quote',
      description: 'The words exactly as they were said or written, without quotation marks.',
      type: 'text',
      rows: 4,
      validation: (rule) => [
        rule.required().error(REQUIRED.quoteSection.quote),
        rule.max(600).error('Shorten the quote to 600 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'attribution',
      title: 'Who said it',
      description: 'Optional. Their name, e.g. “Jane Smith”.',
      type: 'string',
    }),
    defineField({
      name: 'role',
      title: 'Their role',
      description:
        'Optional. Their position and organisation, e.g. “Head of Security, Example Ltd”.',
      type: 'string',
    }),
  ],
  preview: {
    select: { quote: 'quote', attribution: 'attribution' },
    prepare: ({ quote, attribution }) => ({
      title: quote ? `“${quote}”` : 'Quote',
      subtitle: attribution ? `Quote · ${attribution}` : 'Quote',
    }),
  },
})
