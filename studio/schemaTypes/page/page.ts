import { DocumentIcon } from '@sanity/icons/Document'
import { PAGE_SLUGS } from '@chaffcent/content'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { slugField } from '../shared/slugField'
import { REQUIRED } from '@chaffcent/content/contract'

/** One of the site's fixed top-level pages (Who We Are, What We Do, …), built from sections. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().max(80).error(REQUIRED.page.title),
    }),
    slugField({
      description: `Which page this is: ${PAGE_SLUGS.join(', ')}. Each is used by one page only.`,
      allowed: PAGE_SLUGS,
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: 'A sentence or two under the title. Up to 300 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule.max(300).error('Shorten the introduction to 300 characters or fewer.'),
    }),
    defineField({
      name: 'sections',
      title: 'Sections',
      description: 'The page’s content, top to bottom.',
      type: 'array',
      of: [
        defineArrayMember({ type: 'textSection' }),
        defineArrayMember({ type: 'cardGrid' }),
        defineArrayMember({ type: 'callToAction' }),
        defineArrayMember({ type: 'contactDetails' }),
        defineArrayMember({ type: 'enquiryForm' }),
        defineArrayMember({ type: 'peopleSection' }),
      ],
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({
      title: title || 'Untitled page',
      subtitle: slug ? `/${slug}` : undefined,
    }),
  },
})
