import { defineField } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'
import { referenceListField } from '../shared/referenceList'
import { STUDIO_DATE_FORMAT, STUDIO_TIME_FORMAT } from '@chaffcent/content/date'

/**
 * When the article appears. It sits with the content, not under Details, because a date in
 * the future schedules the article: the site keeps it off every page, list, the sitemap and
 * the feed until that moment, then shows it without anyone publishing again.
 */
export const publishedAtField = defineField({
  name: 'publishedAt',
  title: 'Publication date',
  description:
    'Now, unless you change it. Choose a later date and time to schedule the article: it stays off the site until then, and appears within a minute of it.',
  type: 'datetime',
  group: 'content',
  initialValue: () => new Date().toISOString(),
  options: { dateFormat: STUDIO_DATE_FORMAT, timeFormat: STUDIO_TIME_FORMAT },
  validation: (rule) => rule.required().error(REQUIRED.article.publishedAt),
})

/** Who wrote an article and how long it takes to read: the rest of the line under its title. */
export const publicationFields = [
  referenceListField({
    name: 'authors',
    title: 'Authors',
    description:
      'Who wrote the article, in the order the byline names them. Each name links to their card on the page that lists them. Leave empty to show the company’s name.',
    to: ['person'],
    itemsLabel: 'authors',
    group: 'details',
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
