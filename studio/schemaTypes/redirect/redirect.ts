import { TYPE } from '@chaffcent/content/content-types'
import { ArrowRightIcon } from '@sanity/icons/ArrowRight'
import { REQUIRED } from '@chaffcent/content/contract'
import { defineField, defineType } from 'sanity'
import {
  conflictMessage,
  DESTINATION_RULE,
  isDestination,
  isSource,
  SOURCE_RULE,
} from './redirectRules'

/** Sends visitors from an old address to a new one, so links and search results keep working. */
export const redirect = defineType({
  name: TYPE.redirect,
  title: 'Redirect',
  type: 'document',
  icon: ArrowRightIcon,
  fields: [
    defineField({
      name: 'source',
      title: 'Old address',
      description:
        'The address people may still visit, from the / after the domain, e.g. “/insights/old-title”. Whatever is there now, visitors are sent on.',
      type: 'string',
      validation: (rule) => [
        rule.required().error(REQUIRED.redirect.source),
        rule.custom((value?: string) => isSource(value) || SOURCE_RULE),
        rule.custom((_value, context) => conflictMessage('source', context)),
      ],
    }),
    defineField({
      name: 'destination',
      title: 'New address',
      description:
        'Where to send them: an address on this site, e.g. “/insights/new-title”, or a full link to another site starting with https://.',
      type: 'string',
      validation: (rule) => [
        rule.required().error(REQUIRED.redirect.destination),
        rule.custom((value?: string) => isDestination(value) || DESTINATION_RULE),
        rule.custom((_value, context) => conflictMessage('destination', context)),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      description:
        'Leave on when the page has moved for good: search engines then move its ranking to the new address. Turn off for a short-lived move.',
      type: 'boolean',
      initialValue: true,
    }),
  ],
  orderings: [
    { title: 'Old address', name: 'sourceAsc', by: [{ field: 'source', direction: 'asc' }] },
  ],
  preview: {
    select: { source: 'source', destination: 'destination', permanent: 'permanent' },
    prepare: ({ source, destination, permanent }) => ({
      title: source || 'No old address yet',
      subtitle: `→ ${destination || '…'}${permanent === false ? ' (temporary)' : ''}`,
    }),
  },
})
