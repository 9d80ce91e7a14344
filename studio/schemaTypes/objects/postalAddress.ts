import { PinIcon } from '@sanity/icons/Pin'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

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
      validation: (rule) => rule.required().error(REQUIRED.postalAddress.streetAddress),
    }),
    defineField({
      name: 'addressLocality',
      title: 'Town or city',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.postalAddress.addressLocality),
    }),
    defineField({
      name: 'postalCode',
      title: 'Postcode',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.postalAddress.postalCode),
    }),
    defineField({
      name: 'addressCountry',
      title: 'Country code',
      description: 'The two-letter country code, e.g. “GB” for the United Kingdom.',
      type: 'string',
      initialValue: 'GB',
      validation: (rule) => [
        rule.required().error(REQUIRED.postalAddress.addressCountry),
        rule.regex(/^[A-Z]{2}$/).error('Enter the two-letter country code in capitals, e.g. “GB”.'),
      ],
    }),
    defineField({
      name: 'countryName',
      title: 'Country name',
      description: 'As shown on the site, e.g. “United Kingdom”.',
      type: 'string',
      initialValue: 'United Kingdom',
      validation: (rule) => rule.required().error(REQUIRED.postalAddress.countryName),
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
