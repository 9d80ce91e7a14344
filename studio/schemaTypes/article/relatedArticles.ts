import { TYPE } from '@chaffcent/content/content-types'
import { defineArrayMember, defineField, getPublishedId } from 'sanity'

/**
 * Up to three articles offered as "Further reading". An article may not list itself: the
 * reference is compared with the article's published id, so the draft being edited
 * (`drafts.<id>`) counts as itself too.
 */
export const relatedArticlesField = defineField({
  name: 'related',
  title: 'Related articles',
  description: 'Up to 3 other articles shown under “Further Reading”, in this order.',
  type: 'array',
  group: 'details',
  of: [
    defineArrayMember({
      type: 'reference',
      to: [{ type: TYPE.article }],
      options: {
        // Leave the article itself out of the picker.
        filter: ({ document }) => ({
          filter: '_id != $published && _id != $draft',
          params: {
            published: getPublishedId(document._id),
            draft: `drafts.${getPublishedId(document._id)}`,
          },
        }),
      },
      validation: (rule) =>
        rule.custom((reference, { document }) => {
          if (!reference?._ref || !document) return true
          return getPublishedId(reference._ref) === getPublishedId(document._id)
            ? 'An article cannot be related to itself: remove it from Related articles.'
            : true
        }),
    }),
  ],
  validation: (rule) =>
    rule.unique().max(3).error('Choose up to 3 related articles, each only once.'),
})
