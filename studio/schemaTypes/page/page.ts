import { TYPE } from '@chaffcent/content/content-types'
import { DocumentIcon } from '@sanity/icons/Document'
import { fixedDocumentAt } from '@chaffcent/content/fixed-documents'
import { isReservedPageSlug } from '@chaffcent/content/top-level-routes'
import { defineField, defineType } from 'sanity'
import { slugField } from '../shared/slugField'
import { sectionInsertMenu, sectionMembers } from './sections'
import { REQUIRED } from '@chaffcent/content/contract'

/**
 * A page at the top level of the site (`/<slug>`), built from sections. Editors add, rename
 * and delete their own; the four the site was built with (Who We Are, What We Do,
 * Partnerships, Contact) stay at their addresses.
 */
export const page = defineType({
  name: TYPE.page,
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
      description:
        'The page’s address: “careers” puts it at /careers. Changing it on a published page sends visitors from the old address to the new one. The four original pages keep theirs.',
      reserved: isReservedPageSlug,
      fixedSlugOf: (id) => fixedDocumentAt(id)?.slug,
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
      of: sectionMembers,
      options: { insertMenu: sectionInsertMenu },
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
