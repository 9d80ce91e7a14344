import { TYPE } from '@chaffcent/content/content-types'
import { HomeIcon } from '@sanity/icons/Home'
import { defineField, defineType } from 'sanity'
import { referenceListField } from '../shared/referenceList'
import { REQUIRED } from '@chaffcent/content/contract'
import { HOME_INSIGHTS } from '@chaffcent/content/home-insights'

/** The home page. A singleton: the desk opens the one document, whose id is its type's name. */
export const home = defineType({
  name: TYPE.home,
  title: 'Home page',
  type: 'document',
  icon: HomeIcon,
  fields: [
    defineField({
      name: 'hero',
      title: 'Opening section',
      description: 'The first thing visitors see: a heading, a sentence and up to two buttons.',
      type: 'object',
      validation: (rule) => rule.required().error(REQUIRED.home.hero),
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
          validation: (rule) => rule.required().max(120).error(REQUIRED.hero.heading),
        }),
        defineField({ name: 'text', title: 'Text', type: 'text', rows: 3 }),
        defineField({ name: 'primaryAction', title: 'Main button', type: 'link' }),
        defineField({ name: 'secondaryAction', title: 'Second button', type: 'link' }),
      ],
    }),
    referenceListField({
      name: 'featuredSectors',
      title: 'Featured sectors',
      description: 'The sectors shown on the home page, in this order.',
      to: [TYPE.sector],
      itemsLabel: 'sectors',
      max: 6,
    }),
    referenceListField({
      name: 'featuredVentures',
      title: 'Featured ventures',
      description: 'The ventures and platforms shown on the home page, in this order.',
      to: [TYPE.venture],
      itemsLabel: 'ventures',
      max: 6,
    }),
    referenceListField({
      name: 'featuredInsights',
      title: 'Pinned insights',
      description: `Leave empty and the home page shows the ${HOME_INSIGHTS.count} newest articles under “${HOME_INSIGHTS.latestHeading}”. Pin up to ${HOME_INSIGHTS.count} to show them instead, in this order, under “${HOME_INSIGHTS.pinnedHeading}”. A pinned article scheduled for later appears once its time comes.`,
      to: [TYPE.article],
      itemsLabel: 'articles',
      max: HOME_INSIGHTS.count,
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { subtitle: 'hero.heading' },
    prepare: ({ subtitle }) => ({ title: 'Home page', subtitle }),
  },
})
