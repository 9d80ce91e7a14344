import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { LINKEDIN_URL_PATTERN, REQUIRED } from '@chaffcent/content/contract'
import { slugField } from '../shared/slugField'

/** Someone at the firm: named as an article's author and listed by a page's people section. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().max(80).error(REQUIRED.person.name),
    }),
    slugField({
      description:
        'Marks the person’s card on the page that lists them, so bylines can link to it. Press Generate to make it from the name.',
      source: 'name',
    }),
    defineField({
      name: 'role',
      title: 'Role',
      description: 'Their job title, shown under their name, e.g. “Director, Aviation”.',
      type: 'string',
      validation: (rule) => rule.required().max(80).error(REQUIRED.person.role),
    }),
    defineField({
      name: 'photo',
      title: 'Photo',
      description: 'Optional. A head-and-shoulders photo, cut to a square around the hotspot.',
      type: 'accessibleImage',
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      description: 'Optional. Two or three sentences about their background. Up to 400 characters.',
      type: 'text',
      rows: 4,
      validation: (rule) =>
        rule.max(400).error('Shorten the biography to 400 characters or fewer.'),
    }),
    defineField({
      name: 'linkedIn',
      title: 'LinkedIn profile',
      description:
        'Optional. Copy the address of their profile, e.g. https://www.linkedin.com/in/name.',
      type: 'url',
      validation: (rule) =>
        rule.custom((url: string | undefined) =>
          !url || LINKEDIN_URL_PATTERN.test(url)
            ? true
            : 'Enter a LinkedIn address starting with https://www.linkedin.com/.',
        ),
    }),
  ],
  orderings: [{ title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] }],
  preview: {
    select: { title: 'name', role: 'role', media: 'photo' },
    prepare: ({ title, role, media }) => ({
      title: title || 'Unnamed person',
      subtitle: role,
      media,
    }),
  },
})
