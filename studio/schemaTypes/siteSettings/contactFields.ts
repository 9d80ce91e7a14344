import { defineField } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** How to reach the company: shown in the footer and on the contact page. */
export const contactFields = [
  defineField({
    name: 'address',
    title: 'Registered address',
    type: 'postalAddress',
    group: 'contact',
    validation: (rule) => rule.required().error(REQUIRED.siteSettings.address),
  }),
  defineField({
    name: 'contactEmail',
    title: 'Contact email',
    description: 'The address enquiries go to, e.g. Contact@ChaffCent.co.uk.',
    type: 'email',
    group: 'contact',
    validation: (rule) => rule.required().error(REQUIRED.siteSettings.contactEmail),
  }),
  defineField({
    name: 'contactType',
    title: 'Kind of enquiries',
    description: 'What the email address is for, e.g. “general enquiries”. Told to search engines.',
    type: 'string',
    group: 'contact',
  }),
]
