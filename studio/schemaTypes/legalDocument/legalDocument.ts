import { TYPE } from '@chaffcent/content/content-types'
import { LockIcon } from '@sanity/icons/Lock'
import { LEGAL_SLUGS } from '@chaffcent/content'
import { defineField, defineType } from 'sanity'
import { formatDate, STUDIO_DATE_FORMAT } from '@chaffcent/content/date'
import { slugField } from '../shared/slugField'
import { REQUIRED } from '@chaffcent/content/contract'

/** The privacy notice, terms of use and modern slavery statement: one document each, at /legal/<slug>. */
export const legalDocument = defineType({
  name: TYPE.legalDocument,
  title: 'Legal document',
  type: 'document',
  icon: LockIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      description: 'e.g. “Privacy Notice”.',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.legalDocument.title),
    }),
    slugField({
      description: `Which legal page this is: ${LEGAL_SLUGS.join(', ')}. Each is used by one document only.`,
      allowed: LEGAL_SLUGS,
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      description: 'One or two sentences for search engines. Up to 220 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(220).error('Shorten the summary to 220 characters or fewer.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      validation: (rule) => rule.required().error(REQUIRED.legalDocument.body),
    }),
    defineField({
      name: 'effectiveDate',
      title: 'In effect from',
      type: 'date',
      options: { dateFormat: STUDIO_DATE_FORMAT },
      validation: (rule) => rule.required().error(REQUIRED.legalDocument.effectiveDate),
    }),
    defineField({
      name: 'lastReviewedDate',
      title: 'Last reviewed',
      type: 'date',
      options: { dateFormat: STUDIO_DATE_FORMAT },
      validation: (rule) =>
        rule
          .min(rule.valueOfField('effectiveDate'))
          .error('The review date cannot be before the date the document took effect.'),
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current', effectiveDate: 'effectiveDate' },
    prepare: ({ title, slug, effectiveDate }) => {
      const from = effectiveDate && formatDate(effectiveDate)
      return {
        title: title || 'Untitled legal document',
        subtitle: [slug && `/legal/${slug}`, from && `in effect from ${from}`]
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
