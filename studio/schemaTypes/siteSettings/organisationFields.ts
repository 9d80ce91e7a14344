import { defineArrayMember, defineField } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** Who the company is: shown in the footer and told to search engines (Organization data). */
export const organisationFields = [
  defineField({
    name: 'legalName',
    title: 'Legal name',
    description: 'The registered company name, as it appears on Companies House records.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => rule.required().error(REQUIRED.siteSettings.legalName),
  }),
  defineField({
    name: 'shortName',
    title: 'Short name',
    description: 'The name used in running text and in shared links, e.g. “ChaffCent Ventures”.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => rule.required().error(REQUIRED.siteSettings.shortName),
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
        .error(REQUIRED.siteSettings.siteUrl),
  }),
  defineField({
    name: 'description',
    title: 'Tagline',
    description:
      'One sentence on what the firm does. Shown in the footer and used by search engines.',
    type: 'text',
    rows: 3,
    group: 'organisation',
    validation: (rule) => rule.required().max(240).error(REQUIRED.siteSettings.description),
  }),
  defineField({
    name: 'companyNumber',
    title: 'Company number',
    description: 'As registered at Companies House, e.g. “16873208”.',
    type: 'string',
    group: 'organisation',
    validation: (rule) => [
      rule.required().error(REQUIRED.siteSettings.companyNumber),
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
    validation: (rule) => rule.required().error(REQUIRED.siteSettings.registration),
  }),
  defineField({
    name: 'areaServed',
    title: 'Area served',
    description: 'Where the firm works, e.g. “Worldwide”. Told to search engines.',
    type: 'string',
    group: 'organisation',
  }),
  defineField({
    name: 'knowsAbout',
    title: 'Areas of expertise',
    description: 'Told to search engines, e.g. “Aviation Training”. Press Enter after each one.',
    type: 'array',
    group: 'organisation',
    of: [defineArrayMember({ type: 'string' })],
    options: { layout: 'tags' },
  }),
]
