import { defineArrayMember, defineField } from 'sanity'

/** The site-wide search and sharing defaults that each page's own "Search and sharing" builds on. */
export const siteSeoField = defineField({
  name: 'seo',
  title: 'Search and sharing defaults',
  type: 'object',
  group: 'seo',
  // The site builds every page's title and sharing tags from these: none may be left empty.
  validation: (rule) => rule.required().error('Fill in the search and sharing defaults.'),
  fields: [
    defineField({
      name: 'titleSuffix',
      title: 'Title ending',
      description:
        'Added after every page title in search results, e.g. “| ChaffCent Ventures Limited”.',
      type: 'string',
      validation: (rule) => rule.required().error('Write the title ending.'),
    }),
    defineField({
      name: 'ogTitleSuffix',
      title: 'Title ending when shared',
      description: 'Added after page titles in shared links, e.g. “| ChaffCent Ventures”.',
      type: 'string',
      validation: (rule) => rule.required().error('Write the title ending for shared links.'),
    }),
    defineField({
      name: 'keywords',
      title: 'Keywords',
      description: 'Press Enter after each one.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.required().min(1).error('Add at least one keyword.'),
    }),
    defineField({
      name: 'twitterTitle',
      title: 'Title on X (Twitter)',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Write the title shown on X (Twitter).'),
        rule.max(70).error('Shorten the X (Twitter) title to 70 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'twitterDescription',
      title: 'Description on X (Twitter)',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.required().error('Write the description shown on X (Twitter).'),
        rule.max(200).error('Shorten the X (Twitter) description to 200 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'shareImage',
      title: 'Default sharing image',
      description: 'Used when a page has no sharing image of its own. Best at 1200 × 630 pixels.',
      type: 'accessibleImage',
    }),
  ],
})
