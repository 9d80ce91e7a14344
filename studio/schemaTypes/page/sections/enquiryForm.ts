import { EnvelopeIcon } from '@sanity/icons/Envelope'
import { defineField, defineType } from 'sanity'

/** Where a page shows the enquiry form; the form's fields are fixed, only its words change. */
export const enquiryForm = defineType({
  name: 'enquiryForm',
  title: 'Enquiry form',
  type: 'object',
  icon: EnvelopeIcon,
  description: 'The form visitors send enquiries with. Enquiries appear under “Enquiries”.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      description: 'Optional. “Send us an enquiry” when left empty.',
      type: 'string',
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: 'Optional.',
      type: 'text',
      rows: 3,
    }),
  ],
  preview: {
    select: { heading: 'heading' },
    prepare: ({ heading }) => ({
      title: heading || 'Send us an enquiry',
      subtitle: 'Enquiry form',
    }),
  },
})
