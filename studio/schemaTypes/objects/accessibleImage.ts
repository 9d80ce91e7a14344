import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType, isKeySegment } from 'sanity'

interface ImageValue {
  asset?: { _ref?: string }
  decorative?: boolean
}

/**
 * Every image carries its own text alternative, unless an editor says it is decorative
 * (then the site gives it an empty alt and screen readers skip it).
 */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      description:
        'What the image shows, for people who cannot see it, e.g. “A security officer checking a drone launch site”.',
      type: 'string',
      hidden: ({ parent }) => Boolean((parent as ImageValue | undefined)?.decorative),
      validation: (rule) =>
        rule.custom((alt, { parent }) => {
          const image = parent as ImageValue | undefined
          if (!image?.asset || image.decorative || alt?.trim()) return true
          return 'Describe the image for people who cannot see it, or tick “Decorative image” if it adds no information.'
        }),
    }),
    defineField({
      name: 'decorative',
      title: 'Decorative image',
      description: 'Tick only if the image adds no information (a pattern or a mood picture).',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      description: 'Optional text shown beneath the image.',
      type: 'string',
      // Only images placed within text show a caption; elsewhere the field would do nothing.
      hidden: ({ path }) => !path.some(isKeySegment),
    }),
  ],
  preview: {
    select: { media: 'asset', alt: 'alt', caption: 'caption', decorative: 'decorative' },
    prepare: ({ media, alt, caption, decorative }) => ({
      title: caption || alt || (decorative ? 'Decorative image' : 'Image without a description'),
      media,
    }),
  },
})
