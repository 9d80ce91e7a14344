import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from 'sanity'

/** How a page appears in search results and when shared; every field is an override. */
export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Search-engine title',
      description:
        'Leave empty to use the page title. Up to 60 characters; the site adds “| ChaffCent Ventures Limited”.',
      type: 'string',
      validation: (rule) =>
        rule.max(60).error('Shorten the search-engine title to 60 characters or fewer.'),
    }),
    defineField({
      name: 'description',
      title: 'Search-engine description',
      description: 'Leave empty to use the summary. Up to 160 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule.max(160).error('Shorten the search-engine description to 160 characters or fewer.'),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      description: 'Tick to ask search engines not to list this page.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'shareImage',
      title: 'Sharing image',
      description: 'Shown when the page is shared on social media. Best at 1200 × 630 pixels.',
      type: 'accessibleImage',
    }),
  ],
})
