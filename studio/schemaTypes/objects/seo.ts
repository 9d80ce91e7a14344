import { SearchIcon } from '@sanity/icons/Search'
import {
  SEARCH_DESCRIPTION_LENGTH,
  SEARCH_TITLE_LENGTH,
} from '@chaffcent/content/seo/search-preview'
import { defineField, defineType } from 'sanity'
import { SeoPreviewInput } from './seo-preview/SeoPreviewInput'

/** How a page appears in search results and when shared; every field is an override. */
export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: true },
  components: { input: SeoPreviewInput },
  fields: [
    defineField({
      name: 'title',
      title: 'Search-engine title',
      description:
        'Leave empty to use the page title. The site adds “| ChaffCent Ventures Limited”; search engines cut titles at about 60 characters.',
      type: 'string',
      // A long title still publishes: search engines shorten it, as the preview below shows.
      validation: (rule) =>
        rule
          .max(SEARCH_TITLE_LENGTH)
          .warning(`Search engines show about ${SEARCH_TITLE_LENGTH} characters of a title.`),
    }),
    defineField({
      name: 'description',
      title: 'Search-engine description',
      description: 'Leave empty to use the summary. Search engines show about 160 characters.',
      type: 'text',
      rows: 3,
      validation: (rule) =>
        rule
          .max(SEARCH_DESCRIPTION_LENGTH)
          .warning(
            `Search engines show about ${SEARCH_DESCRIPTION_LENGTH} characters of a description.`,
          ),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      description: 'Tick to ask search engines not to list this page.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'shareImage',
      title: 'Sharing image',
      description:
        'Shown when the page is shared on social media, cut to 1200 × 630 pixels around the hotspot. Leave empty to share an article’s cover image, else the site’s default sharing image.',
      type: 'accessibleImage',
    }),
  ],
})
