import { BlockContentIcon } from '@sanity/icons/BlockContent'
import { defineArrayMember, defineType } from 'sanity'

/**
 * Formatted text for articles, sectors, ventures, pages and legal documents. Kept to
 * what the site's typography styles: two heading levels, quotes, lists, bold and
 * italic, links and images.
 */
export const richText = defineType({
  name: 'richText',
  title: 'Text',
  type: 'array',
  icon: BlockContentIcon,
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bulleted list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
        annotations: [
          defineArrayMember({ type: 'internalLink' }),
          defineArrayMember({ type: 'externalLink' }),
        ],
      },
    }),
    defineArrayMember({ type: 'accessibleImage' }),
  ],
})
