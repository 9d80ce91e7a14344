import { ArrowTopRightIcon } from '@sanity/icons/ArrowTopRight'
import { defineField, defineType } from 'sanity'

/** The only kinds of address a link in text may use; anything else could run code in a reader's browser. */
export const EXTERNAL_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']

/** A link from within text to another website, an email address or a telephone number. */
export const externalLink = defineType({
  name: 'externalLink',
  title: 'Link to another website, email or phone',
  type: 'object',
  icon: ArrowTopRightIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      description:
        'A web address (https://…), an email (mailto:name@example.com) or a phone number (tel:+441234567890).',
      type: 'url',
      validation: (rule) => [
        rule.required().error('Enter the address this text links to.'),
        rule
          .uri({ scheme: EXTERNAL_LINK_SCHEMES })
          .error(
            'Use a web address starting with https:// or http://, or a mailto: or tel: link. Links that run code, such as javascript:, are not allowed.',
          ),
      ],
    }),
    defineField({
      name: 'openInNewTab',
      title: 'Open in a new tab',
      description: 'Only for links that leave the site and should not interrupt reading.',
      type: 'boolean',
      initialValue: false,
    }),
  ],
})
