import { defineArrayMember } from 'sanity'
import { cardGrid } from './cardGrid'
import { contactDetails } from './contactDetails'
import { enquiryForm } from './enquiryForm'
import { faqSection } from './faqSection'
import { imageSection } from './imageSection'
import { peopleSection } from './peopleSection'
import { quoteSection } from './quoteSection'
import { textSection } from './textSection'

/** The section types defined in this folder (the call to action is shared with other documents). */
export const sectionTypes = [
  textSection,
  cardGrid,
  imageSection,
  quoteSection,
  faqSection,
  peopleSection,
  contactDetails,
  enquiryForm,
]

/** Every kind of section a page is built from, in the order the insert menu offers them. */
const SECTION_ORDER = [
  'textSection',
  'cardGrid',
  'imageSection',
  'quoteSection',
  'faqSection',
  'peopleSection',
  'callToAction',
  'contactDetails',
  'enquiryForm',
]

export const sectionMembers = SECTION_ORDER.map((type) => defineArrayMember({ type }))

/**
 * The insert menu shows each kind with a sketch of how it looks on the site
 * (studio/static/sections/<type>.svg), or as a plain list.
 */
export const sectionInsertMenu = {
  views: [
    {
      name: 'grid' as const,
      previewImageUrl: (schemaTypeName: string) => `/static/sections/${schemaTypeName}.svg`,
    },
    { name: 'list' as const },
  ],
}
