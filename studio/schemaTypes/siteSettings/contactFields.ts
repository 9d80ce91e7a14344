import { defineField } from 'sanity'

/** How to reach the company: shown in the footer and on the contact page. */
export const contactFields = [
  defineField({
    name: 'address',
    title: 'Registered address',
    type: 'postalAddress',
    group: 'contact',
    validation: (rule) => rule.required().error('Enter the company’s postal address.'),
  }),
  defineField({
    name: 'contactEmail',
    title: 'Contact email',
    description: 'The address enquiries go to, e.g. Contact@ChaffCent.co.uk.',
    type: 'email',
    group: 'contact',
    validation: (rule) =>
      rule
        .required()
        .error('Enter the email address enquiries should go to, e.g. name@example.com.'),
  }),
  defineField({
    name: 'contactType',
    title: 'Kind of enquiries',
    description: 'What the email address is for, e.g. “general enquiries”. Told to search engines.',
    type: 'string',
    group: 'contact',
    validation: (rule) => rule.required().error('Say what the email address is for.'),
  }),
]
