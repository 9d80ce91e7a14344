import { defineArrayMember, defineField } from 'sanity'

/** The site-wide search and sharing defaults that each page's own "Search and sharing" builds on. */
export const siteSeoField = defineField({
  name: 'seo',
  title: 'Search and sharing defaults',
  type: 'object',
  group: 'seo',
  fields: [
    defineField({
      name: 'titleSuffix',
      title: 'Title ending',
      description:
        'Added after every page title in search results, e.g. “| ChaffCent Ventures Limited”.',
      type: 'string',
    }),
    defineField({
      name: 'ogTitleSuffix',
      title: 'Title ending when shared',
      description: 'Added after page titles in shared links, e.g. “| ChaffCent Ventures”.',
      type: 'string',
    }),
    defineField({
      name: 'keywords',
      title: 'Keywords',
      description: 'Press Enter after each one.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'twitterTitle',
      title: 'Title on X (Twitter)',
      type: 'string',
      validation: (rule) =>
        rule.max(70).warning('X (Twitter) shows about 70 characters of a title.'),
    }),
    defineField({
      name: 'twitterDescription',
      title: 'Description on X (Twitter)',
      type: 'text',
      rows: 2,
      validation: (rule) =>
        rule.max(200).warning('X (Twitter) shows about 200 characters of a description.'),
    }),
    defineField({
      name: 'shareImage',
      title: 'Default sharing image',
      description:
        'Shared on social media for any page without a sharing image of its own (or an article without a cover image). Leave empty to share a card generated from the site’s tagline. Cut to 1200 × 630 pixels around the hotspot.',
      type: 'accessibleImage',
    }),
  ],
})
