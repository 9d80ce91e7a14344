import { EnvelopeIcon } from '@sanity/icons/Envelope'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/**
 * Marks where a page shows the company's address and email. Only the heading and a line
 * of text are written here: the details themselves come from Site settings.
 */
export const contactDetails = defineType({
  name: 'contactDetails',
  title: 'Contact details',
  type: 'object',
  icon: EnvelopeIcon,
  description: 'Shows the address and email from Site settings.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.contactDetails.heading),
    }),
    defineField({ name: 'text', title: 'Text', description: 'Optional.', type: 'text', rows: 3 }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({
      title: heading || 'Contact details',
      subtitle: 'Contact details',
    }),
  },
})
