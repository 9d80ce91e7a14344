import { HomeIcon } from '@sanity/icons/Home'
import { requiredLink } from '../objects/link'
import { defineField, defineType } from 'sanity'
import { referenceListField } from '../shared/referenceList'

/** The home page. A singleton: the desk opens the one document, id `home`. */
export const home = defineType({
  name: 'home',
  title: 'Home page',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'hero',
      title: 'Opening section',
      description: 'The first thing visitors see: a heading, a sentence and up to two buttons.',
      type: 'object',
      validation: (rule) => rule.required().error('Fill in the opening section.'),
      fields: [
        defineField({
          name: 'eyebrow',
          title: 'Eyebrow',
          description: 'A short label above the heading.',
          type: 'string',
        }),
        defineField({
          name: 'heading',
          title: 'Heading',
          type: 'string',
          validation: (rule) =>
            rule.required().max(120).error('Write a heading of up to 120 characters.'),
        }),
        defineField({ name: 'text', title: 'Text', type: 'text', rows: 3 }),
        defineField({
          name: 'primaryAction',
          title: 'Main button',
          type: 'link',
          // The home page's hero always offers its main button.
          validation: requiredLink('Set the main button.'),
        }),
        defineField({ name: 'secondaryAction', title: 'Second button', type: 'link' }),
      ],
    }),
    referenceListField({
      name: 'featuredSectors',
      title: 'Featured sectors',
      description: 'The sectors shown on the home page, in this order.',
      to: ['sector'],
      itemsLabel: 'sectors',
      max: 6,
    }),
    referenceListField({
      name: 'featuredVentures',
      title: 'Featured ventures',
      description: 'The ventures and platforms shown on the home page, in this order.',
      to: ['venture'],
      itemsLabel: 'ventures',
      max: 6,
    }),
    referenceListField({
      name: 'featuredInsights',
      title: 'Featured insights',
      description: 'The articles shown on the home page, in this order.',
      to: ['article'],
      itemsLabel: 'articles',
      max: 3,
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { subtitle: 'hero.heading' },
    prepare: ({ subtitle }) => ({ title: 'Home page', subtitle }),
  },
})
