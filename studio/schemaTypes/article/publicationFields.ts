import { defineField } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'
import { STUDIO_DATE_FORMAT } from '@chaffcent/content/date'

/** Who wrote an article, when, and how long it takes to read: the line under its title. */
export const publicationFields = [
  defineField({
    name: 'byline',
    title: 'Byline',
    description: 'Who the article is by.',
    type: 'string',
    group: 'details',
    initialValue: 'ChaffCent Ventures',
  }),
  defineField({
    name: 'publishedAt',
    title: 'Publication date',
    type: 'date',
    group: 'details',
    options: { dateFormat: STUDIO_DATE_FORMAT },
    validation: (rule) => rule.required().error(REQUIRED.article.publishedAt),
  }),
  defineField({
    name: 'readTimeMinutes',
    title: 'Reading time (minutes)',
    description: 'Leave empty to work it out from the text (200 words a minute).',
    type: 'number',
    group: 'details',
    validation: (rule) =>
      rule
        .integer()
        .min(1)
        .max(60)
        .error('Enter a whole number of minutes from 1 to 60, or leave it empty.'),
  }),
]
