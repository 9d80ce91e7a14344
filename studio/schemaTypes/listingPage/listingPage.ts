import { ThListIcon } from '@sanity/icons/ThList'
import { SITE_ROUTES } from '@chaffcent/content'
import { LISTING_ROUTES, TYPE } from '@chaffcent/content/content-types'
import { defineField, defineType } from 'sanity'

/**
 * The copy of a page that lists other documents (Insights, Sectors, Ventures): the cards
 * come from those documents, the words around them from here. One document per listing,
 * at a fixed id; the desk opens each directly.
 */
export const listingPage = defineType({
  name: TYPE.listingPage,
  title: 'Listing page',
  type: 'document',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'route',
      title: 'Page',
      description: 'Which listing this is; set once, when the document is made.',
      type: 'string',
      readOnly: true,
      options: {
        list: LISTING_ROUTES.map((route) => ({ value: route, title: SITE_ROUTES[route].label })),
      },
    }),
    defineField({
      name: 'eyebrow',
      title: 'Eyebrow',
      description: 'A short label above the page title.',
      type: 'string',
      validation: (rule) => rule.max(40).error('Shorten the eyebrow to 40 characters or fewer.'),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description:
        'A sentence or two under the title, also the search-engine description unless Search and sharing sets one. Up to 300 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule.max(300).error('Shorten the introduction to 300 characters or fewer.'),
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { route: 'route', subtitle: 'intro' },
    prepare: ({ route, subtitle }) => ({
      title: SITE_ROUTES[route as keyof typeof SITE_ROUTES]?.label ?? 'Listing page',
      subtitle,
    }),
  },
})
