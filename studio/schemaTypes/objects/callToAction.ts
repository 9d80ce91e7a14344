import { LaunchIcon } from '@sanity/icons/Launch'
import { requiredLink } from './link'
import { defineField, defineType } from 'sanity'

/** A banner inviting the reader to act: a heading, a line of text and up to two buttons. */
export const callToAction = defineType({
  name: 'callToAction',
  title: 'Call to action',
  type: 'object',
  icon: LaunchIcon,
  fields: [
    defineField({
      name: 'eyebrow',
      title: 'Eyebrow',
      description: 'A short label above the heading, e.g. “Get in Touch”.',
      type: 'string',
    }),
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      validation: (rule) => rule.required().error('Write a heading for the banner.'),
    }),
    defineField({ name: 'text', title: 'Text', type: 'text', rows: 3 }),
    defineField({
      name: 'primaryAction',
      title: 'Main button',
      type: 'link',
      validation: requiredLink('Set the banner’s main button.'),
    }),
    defineField({
      name: 'secondaryAction',
      title: 'Second button',
      description: 'Optional. Shown as a quieter link beside the main button.',
      type: 'link',
    }),
  ],
  preview: {
    select: { title: 'heading', subtitle: 'eyebrow' },
    prepare: ({ title, subtitle }) => ({ title: title || 'Call to action', subtitle }),
  },
})
