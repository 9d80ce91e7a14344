import { defineArrayMember, defineField } from 'sanity'

/** The links and banner every page shares: header menu, footer columns, closing call to action. */
export const navigationFields = [
  defineField({
    name: 'headerNavigation',
    title: 'Header menu',
    description: 'The links across the top of every page, in order.',
    type: 'array',
    group: 'navigation',
    of: [defineArrayMember({ type: 'link' })],
    validation: (rule) =>
      rule.required().min(1).max(8).error('Add between 1 and 8 links to the header menu.'),
  }),
  defineField({
    name: 'footerColumns',
    title: 'Footer columns',
    description: 'The columns of links in the footer, e.g. Company, Explore and Legal.',
    type: 'array',
    group: 'navigation',
    of: [defineArrayMember({ type: 'footerColumn' })],
    validation: (rule) =>
      rule.required().min(1).max(4).error('Add between 1 and 4 footer columns.'),
  }),
  defineField({
    name: 'footerDisclaimer',
    title: 'Footer disclaimer',
    description: 'The small print under the footer links.',
    type: 'text',
    rows: 3,
    group: 'navigation',
    validation: (rule) => rule.required().error('Write the footer disclaimer.'),
  }),
  defineField({
    name: 'defaultCallToAction',
    title: 'Closing call to action',
    description: 'The banner at the foot of articles and pages that do not set their own.',
    type: 'callToAction',
    group: 'navigation',
    validation: (rule) => rule.required().error('Set the closing call to action.'),
  }),
]
