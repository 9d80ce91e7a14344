import { PinIcon } from '@sanity/icons/Pin'
import { defineField, defineType } from 'sanity'

/** A postal address, in the parts search engines read (schema.org PostalAddress). */
export const postalAddress = defineType({
  name: 'postalAddress',
  title: 'Postal address',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({
      name: 'streetAddress',
      title: 'Street',
      description: 'e.g. “61 Bridge Street”.',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the street address.'),
    }),
    defineField({
      name: 'addressLocality',
      title: 'Town or city',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the town or city.'),
    }),
    defineField({
      name: 'postalCode',
      title: 'Postcode',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the postcode.'),
    }),
    defineField({
      name: 'addressCountry',
      title: 'Country code',
      description: 'The two-letter country code, e.g. “GB” for the United Kingdom.',
      type: 'string',
      initialValue: 'GB',
      validation: (rule) => [
        rule.required().error('Enter the two-letter country code, e.g. “GB”.'),
        rule.regex(/^[A-Z]{2}$/).error('Enter the two-letter country code in capitals, e.g. “GB”.'),
      ],
    }),
    defineField({
      name: 'countryName',
      title: 'Country name',
      description: 'As shown on the site, e.g. “United Kingdom”.',
      type: 'string',
      initialValue: 'United Kingdom',
      validation: (rule) => rule.required().error('Enter the country name shown on the site.'),
    }),
  ],
  preview: {
    select: { title: 'streetAddress', town: 'addressLocality', postcode: 'postalCode' },
    prepare: ({ title, town, postcode }) => ({
      title: title || 'Address',
      subtitle: [town, postcode].filter(Boolean).join(', '),
    }),
  },
})
