import { TYPE } from '@chaffcent/content/content-types'
import { RocketIcon } from '@sanity/icons/Rocket'
import { defineField, defineType } from 'sanity'
import { referenceListField } from '../shared/referenceList'
import { slugField } from '../shared/slugField'
import { VENTURE_STATUSES, ventureStatusTitle } from '@chaffcent/content/venture-status'
import { REQUIRED } from '@chaffcent/content/contract'

/** A venture or platform the firm runs or takes part in, at /ventures/<slug>. */
export const venture = defineType({
  name: TYPE.venture,
  title: 'Venture',
  type: 'document',
  icon: RocketIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().max(80).error(REQUIRED.venture.name),
    }),
    slugField({
      description:
        'The venture’s address: /ventures/<slug>. Press Generate to make it from the name.',
      source: 'name',
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description:
        'One or two sentences for the venture cards and search engines. Up to 220 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().max(220).error(REQUIRED.venture.summary),
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      options: { list: [...VENTURE_STATUSES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'active',
      validation: (rule) => rule.required().error(REQUIRED.venture.status),
    }),
    referenceListField({
      name: 'sectors',
      title: 'Sectors',
      description:
        'The sectors this venture works in. The venture is listed on each of these sectors’ pages.',
      to: [TYPE.sector],
      itemsLabel: 'sectors',
    }),
    defineField({ name: 'body', title: 'Text', type: 'richText' }),
    defineField({
      name: 'websiteUrl',
      title: 'Website',
      description: 'Optional. The venture’s own website, starting with https://.',
      type: 'url',
      validation: (rule) =>
        rule
          .uri({ scheme: ['https', 'http'] })
          .error('Enter a web address starting with https://.'),
    }),
    defineField({
      name: 'logo',
      title: 'Logo',
      description:
        'Optional. Shown on the venture’s card and at the top of its page, uncropped and small. A PNG with a transparent background works best.',
      type: 'accessibleImage',
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', status: 'status', media: 'logo' },
    prepare: ({ title, status, media }) => ({
      title: title || 'Unnamed venture',
      subtitle: ventureStatusTitle(status),
      media,
    }),
  },
})
