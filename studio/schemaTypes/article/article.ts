import { TYPE } from '@chaffcent/content/content-types'
import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineField, defineType } from 'sanity'
import { referenceListField } from '../shared/referenceList'
import { slugField } from '../shared/slugField'
import { publicationFields, publishedAtField } from './publicationFields'
import { relatedArticlesField } from './relatedArticles'
import { dateLine } from './scheduled'
import { REQUIRED } from '@chaffcent/content/contract'

const EXCERPT_LENGTH = REQUIRED.article.excerpt

/** An Insights article: one page at /insights/<slug>, listed newest first. */
export const article = defineType({
  name: TYPE.article,
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'details', title: 'Details' },
    { name: 'seo', title: 'Search and sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().max(140).error(REQUIRED.article.title),
    }),
    slugField({
      description:
        'The article’s address: /insights/<slug>. Press Generate to make it from the title.',
      group: 'content',
    }),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'reference',
      to: [{ type: TYPE.category }],
      group: 'content',
      validation: (rule) => rule.required().error(REQUIRED.article.category),
    }),
    referenceListField({
      name: 'sectors',
      title: 'Sectors',
      description:
        'Optional. The sectors this article is about. Each sector’s page shows its three newest articles, and searching for a sector’s name finds the articles chosen here.',
      to: [TYPE.sector],
      itemsLabel: 'sectors',
      group: 'content',
    }),
    publishedAtField,
    defineField({
      name: 'excerpt',
      title: 'Summary',
      description:
        'Two or three sentences shown under the title, on article cards and by search engines. 70 to 240 characters.',
      type: 'text',
      rows: 3,
      group: 'content',
      // Two rules, so an empty summary is reported once rather than as both missing and short.
      validation: (rule) => [
        rule.required().error(EXCERPT_LENGTH),
        rule.min(70).max(240).error(EXCERPT_LENGTH),
      ],
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      group: 'content',
      validation: (rule) => rule.required().error(REQUIRED.article.body),
    }),
    defineField({
      name: 'coverImage',
      title: 'Cover image',
      description:
        'Optional. Shown at the top of the article and on its cards (home page, Insights, Further Reading), cut to a 16:9 frame around the hotspot; also shared on social media unless a sharing image is set.',
      type: 'accessibleImage',
      group: 'content',
    }),
    ...publicationFields,
    relatedArticlesField,
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo', group: 'seo' }),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
    {
      title: 'Oldest first',
      name: 'publishedAtAsc',
      by: [{ field: 'publishedAt', direction: 'asc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      category: 'category.title',
      publishedAt: 'publishedAt',
      media: 'coverImage',
    },
    prepare: ({ title, category, publishedAt, media }) => ({
      title: title || 'Untitled article',
      subtitle: [category, dateLine(publishedAt, new Date())].filter(Boolean).join(' · '),
      media,
    }),
  },
})
