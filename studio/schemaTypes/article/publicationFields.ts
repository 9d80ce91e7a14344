import { defineField, isDraftId } from 'sanity'
import { referenceListField } from '../shared/referenceList'
import { STUDIO_DATE_FORMAT, STUDIO_TIME_FORMAT } from '@chaffcent/content/date'

/** Seen only on a published article that somehow has no date (one imported without it). */
export const PUBLISHED_WITHOUT_DATE =
  'Choose the publication date: a published article needs one, or it stays off the site.'

/**
 * When the article appears. It sits with the content, not under Details, because a date in
 * the future schedules the article: the site keeps it off every page, list, the sitemap and
 * the feed until that moment, then shows it without anyone publishing again. Left empty, it
 * is set when the article is first published (`publishedAtOnPublish`), so a draft may go
 * without one; a published article never does.
 */
export const publishedAtField = defineField({
  name: 'publishedAt',
  title: 'Publication date',
  description:
    'Leave this empty and the article is dated the moment you first publish it. To schedule it, choose a later date and time: it stays off the site until then, and appears within a minute of it.',
  type: 'datetime',
  group: 'content',
  options: { dateFormat: STUDIO_DATE_FORMAT, timeFormat: STUDIO_TIME_FORMAT },
  validation: (rule) =>
    rule.custom((value, { document }) =>
      value || isDraftId(document?._id ?? '') ? true : PUBLISHED_WITHOUT_DATE,
    ),
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
