import { HelpCircleIcon } from '@sanity/icons/HelpCircle'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/**
 * A page section of questions and their answers. The site also tells search engines about
 * them (FAQPage structured data), so write each answer so it stands on its own.
 */
export const faqSection = defineType({
  name: 'faqSection',
  title: 'Questions and answers',
  type: 'object',
  icon: HelpCircleIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      description: 'Optional, e.g. “Frequently asked questions”.',
      type: 'string',
    }),
    defineField({
      name: 'items',
      title: 'Questions',
      type: 'array',
      validation: (rule) => rule.required().min(1).error(REQUIRED.faqSection.items),
      of: [
        defineArrayMember({
          name: 'faqItem',
          title: 'Question',
          type: 'object',
          icon: HelpCircleIcon,
          fields: [
            defineField({
              name: 'question',
              title: 'Question',
              type: 'string',
              validation: (rule) => rule.required().error(REQUIRED.faqItem.question),
            }),
            defineField({
              name: 'answer',
              title: 'Answer',
              type: 'text',
              rows: 4,
              validation: (rule) => [
                rule.required().error(REQUIRED.faqItem.answer),
                rule.max(1200).error('Shorten the answer to 1,200 characters or fewer.'),
              ],
            }),
          ],
          preview: { select: { title: 'question', subtitle: 'answer' } },
        }),
      ],
    }),
  ],
  preview: {
    select: { heading: 'heading', items: 'items' },
    prepare: ({ heading, items }) => ({
      title: heading || 'Questions and answers',
      subtitle: `Questions and answers · ${Array.isArray(items) ? items.length : 0}`,
    }),
  },
})
