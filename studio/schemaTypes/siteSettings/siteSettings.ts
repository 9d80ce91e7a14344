import { CogIcon } from '@sanity/icons/Cog'
import { defineField, defineType } from 'sanity'

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'legalName',
      title: 'Legal name',
      description: 'The registered company name, as it appears on Companies House records.',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the registered company name.'),
    }),
    defineField({
      name: 'description',
      title: 'Tagline',
      description:
        'One sentence on what the firm does. Shown in the footer and used by search engines.',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule.required().max(240).error('Write a tagline of up to 240 characters.'),
    }),
  ],
  preview: {
    prepare: () => ({ title: 'Site settings' }),
  },
})
