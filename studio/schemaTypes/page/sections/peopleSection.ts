import { UsersIcon } from '@sanity/icons/Users'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'
import { referenceListField } from '../../shared/referenceList'

/** A page section of chosen people as cards; the bylines of their articles link to their card. */
export const peopleSection = defineType({
  name: 'peopleSection',
  title: 'People',
  type: 'object',
  icon: UsersIcon,
  description: 'Cards of chosen people, with photo, role, biography and LinkedIn profile.',
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      description: 'E.g. “Our Team”.',
      type: 'string',
      validation: (rule) => rule.required().error(REQUIRED.peopleSection.heading),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      description: 'Optional. A sentence or two under the heading.',
      type: 'text',
      rows: 3,
    }),
    {
      ...referenceListField({
        name: 'people',
        title: 'People',
        description:
          'Who to show, in this order. Add or edit people under “People”; the bylines of their articles link to their card here.',
        to: ['person'],
        itemsLabel: 'people',
      }),
      validation: (rule) => [
        rule.required().min(1).error(REQUIRED.peopleSection.people),
        rule.unique().error('Choose each person only once.'),
      ],
    },
  ],
  preview: {
    select: { heading: 'heading', people: 'people', media: 'people.0.photo' },
    prepare: ({ heading, people, media }) => ({
      title: heading || 'People',
      subtitle: `People · ${Array.isArray(people) ? people.length : 0}`,
      media,
    }),
  },
})
