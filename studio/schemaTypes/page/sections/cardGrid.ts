import { SquareIcon } from '@sanity/icons/Square'
import { ThLargeIcon } from '@sanity/icons/ThLarge'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** A page section of cards side by side, e.g. the firm's capabilities; each may show an image and link on. */
export const cardGrid = defineType({
  name: 'cardGrid',
  title: 'Cards',
  type: 'object',
  icon: ThLargeIcon,
  fields: [
    defineField({ name: 'heading', title: 'Heading', type: 'string' }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: 'Optional.',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'cards',
      title: 'Cards',
      type: 'array',
      validation: (rule) => rule.required().min(1).error(REQUIRED.cardGrid.cards),
      of: [
        defineArrayMember({
          name: 'card',
          title: 'Card',
          type: 'object',
          icon: SquareIcon,
          fields: [
            defineField({
              name: 'title',
              title: 'Title',
              type: 'string',
              validation: (rule) => rule.required().error(REQUIRED.card.title),
            }),
            defineField({
              name: 'text',
              title: 'Text',
              type: 'text',
              rows: 3,
              validation: (rule) =>
                rule.max(400).error('Shorten the card’s text to 400 characters or fewer.'),
            }),
            defineField({
              name: 'image',
              title: 'Image',
              description: 'Optional. Shown above the title; describe it in its alternative text.',
              type: 'accessibleImage',
            }),
            defineField({ name: 'link', title: 'Link', description: 'Optional.', type: 'link' }),
          ],
          preview: { select: { title: 'title', subtitle: 'text', media: 'image' } },
        }),
      ],
    }),
  ],
  preview: {
    select: { heading: 'heading', cards: 'cards' },
    prepare: ({ heading, cards }) => ({
      title: heading || 'Cards',
      subtitle: `Cards · ${Array.isArray(cards) ? cards.length : 0}`,
    }),
  },
})
