import { ImageIcon } from '@sanity/icons/Image'
import { defineField, defineType } from 'sanity'
import { REQUIRED } from '@chaffcent/content/contract'

/** A page section of one picture across the reading column, with its caption beneath. */
export const imageSection = defineType({
  name: 'imageSection',
  title: 'Image',
  type: 'object',
  icon: ImageIcon,
  fields: [
    defineField({
      name: 'image',
      title: 'Image',
      description: 'Describe the image in its alternative text; add a caption under it if useful.',
      type: 'accessibleImage',
      // An image field with only a caption or alt text counts as filled in: ask for the picture.
      validation: (rule) =>
        rule
          .required()
          .custom((image: { asset?: unknown } | undefined) =>
            image?.asset ? true : REQUIRED.imageSection.image,
          ),
    }),
  ],
  preview: {
    select: { media: 'image', alt: 'image.alt', caption: 'image.caption' },
    prepare: ({ media, alt, caption }) => ({
      title: caption || alt || 'Image',
      subtitle: 'Image',
      media,
    }),
  },
})
