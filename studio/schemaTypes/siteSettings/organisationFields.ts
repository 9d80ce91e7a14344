import { defineArrayMember, defineField } from 'sanity'

/** Who the company is: shown in the footer and told to search engines (Organization data). */
export const organisationFields = [
  defineField({
    name: 'legalName',
    title: 'Legal name',
    description: 'The registered company name, as it appears on Companies House records.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => rule.required().error('Enter the registered company name.'),
  }),
  defineField({
    name: 'shortName',
    title: 'Short name',
    description: 'The name used in running text and in shared links, e.g. “ChaffCent Ventures”.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => rule.required().error('Enter the short name of the company.'),
  }),
  defineField({
    name: 'siteUrl',
    title: 'Website address',
    description: 'The public address of the site, e.g. https://www.chaffcent.com.',
    type: 'url',
    group: 'organisation',
    validation: (rule) =>
      rule
        .required()
        .uri({ scheme: ['https'] })
        .error('Enter the site’s public address, starting with https://.'),
  }),
  defineField({
    name: 'description',
    title: 'Tagline',
    description:
      'One sentence on what the firm does. Shown in the footer and used by search engines.',
    type: 'text',
    rows: 3,
    group: 'organisation',
    validation: (rule) =>
      rule.required().max(240).error('Write a tagline of up to 240 characters.'),
  }),
  defineField({
    name: 'companyNumber',
    title: 'Company number',
    description: 'As registered at Companies House, e.g. “16873208”.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => [
      rule.required().error('Enter the Companies House number, e.g. “16873208”.'),
      rule
        .regex(/^(?:\d{8}|[A-Z]{2}\d{6})$/)
        .error('Enter the 8-character Companies House number, e.g. “16873208”.'),
    ],
  }),
  defineField({
    name: 'registration',
    title: 'Place of registration',
    type: 'string',
    group: 'organisation',
    initialValue: 'Registered in England & Wales',
    validation: (rule) =>
      rule
        .required()
        .error('Say where the company is registered, e.g. “Registered in England & Wales”.'),
  }),
  defineField({
    name: 'areaServed',
    title: 'Area served',
    description: 'Where the firm works, e.g. “Worldwide”. Told to search engines.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => rule.required().error('Say where the firm works, e.g. “Worldwide”.'),
  }),
  defineField({
    name: 'knowsAbout',
    title: 'Areas of expertise',
    description: 'Told to search engines, e.g. “Aviation Training”. Press Enter after each one.',
    type: 'array',
    group: 'organisation',
    of: [defineArrayMember({ type: 'string' })],
    options: { layout: 'tags' },
    validation: (rule) => rule.required().min(1).error('Add at least one area of expertise.'),
  }),
]
