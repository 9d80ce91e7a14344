import { TYPE } from '@chaffcent/content/content-types'
import { InboxIcon } from '@sanity/icons/Inbox'
import { defineField, defineType } from 'sanity'

/** What the site's form collected: shown as sent, never edited (the server wrote it). */
const sent = (name: string, title: string, type: 'string' | 'text' | 'datetime') =>
  defineField({ name, title, type, readOnly: true, ...(type === 'text' ? { rows: 8 } : {}) })

/**
 * An enquiry a visitor sent through the site's form. The site's server writes it (with its own
 * token); editors only mark it handled. It is deleted when the site's retention period ends.
 */
export const enquiry = defineType({
  name: TYPE.enquiry,
  title: 'Enquiry',
  type: 'document',
  icon: InboxIcon,
  fields: [
    defineField({
      name: 'handled',
      title: 'Handled',
      description: 'Tick once someone has replied, so colleagues do not answer it twice.',
      type: 'boolean',
      initialValue: false,
    }),
    sent('receivedAt', 'Received', 'datetime'),
    sent('enquiryType', 'About', 'string'),
    sent('name', 'Name', 'string'),
    sent('email', 'Email', 'string'),
    sent('organisation', 'Organisation', 'string'),
    sent('message', 'Message', 'text'),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'receivedDesc',
      by: [{ field: 'receivedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: { name: 'name', type: 'enquiryType', receivedAt: 'receivedAt', handled: 'handled' },
    prepare: ({ name, type, receivedAt, handled }) => ({
      title: name || 'Enquiry',
      subtitle: [
        handled ? 'Handled' : 'To answer',
        type,
        receivedAt ? new Date(receivedAt).toLocaleDateString('en-GB') : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
