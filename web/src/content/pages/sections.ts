import { z } from 'zod'
import { image, type SiteImage } from '@/images/schema'
import { contractFields } from '../contract'
import { person } from '../people/schema'
import { callToAction, link, listOf, optionalText, richText, text } from '../schemas'

/** An image the section cannot do without: none (or a broken one) hides the section. */
const requiredImage = image.transform((value, context): SiteImage => {
  if (value) return value
  context.addIssue({ code: 'custom', message: 'no image to show' })
  return z.NEVER
})

const card = z.object(contractFields('card', { _key: z.string(), title: text, text, image, link }))

const faqItem = z.object(
  contractFields('faqItem', { _key: z.string(), question: text, answer: text }),
)

/**
 * Each kind of section as its component needs it. A section missing what it requires fails
 * here and `listOf` leaves it out of the page (and logs it): the rest of the page still shows.
 */
export const section = z.discriminatedUnion('_type', [
  z.object(
    contractFields('textSection', {
      _key: z.string(),
      _type: z.literal('textSection'),
      heading: text,
      body: richText,
    }),
  ),
  z.object(
    contractFields('cardGrid', {
      _key: z.string(),
      _type: z.literal('cardGrid'),
      heading: text,
      intro: text,
      cards: listOf(card, 'page.cardGrid.cards'),
    }),
  ),
  z.object(
    contractFields('imageSection', {
      _key: z.string(),
      _type: z.literal('imageSection'),
      image: requiredImage,
      caption: optionalText,
    }),
  ),
  z.object(
    contractFields('quoteSection', {
      _key: z.string(),
      _type: z.literal('quoteSection'),
      quote: text,
      attribution: text,
      role: text,
    }),
  ),
  z.object(
    contractFields('faqSection', {
      _key: z.string(),
      _type: z.literal('faqSection'),
      heading: text,
      items: listOf(faqItem, 'page.faqSection.items').refine(
        (items) => items.length > 0,
        'no question with an answer',
      ),
    }),
  ),
  callToAction.extend({ _key: z.string(), _type: z.literal('callToAction') }),
  z.object(
    contractFields('contactDetails', {
      _key: z.string(),
      _type: z.literal('contactDetails'),
      heading: text,
      text,
    }),
  ),
  z.object({ _key: z.string(), _type: z.literal('enquiryForm'), heading: text, intro: text }),
  z.object(
    contractFields('peopleSection', {
      _key: z.string(),
      _type: z.literal('peopleSection'),
      heading: text,
      intro: text,
      people: listOf(person, 'page.peopleSection.people'),
    }),
  ),
])

export type PageSection = z.output<typeof section>
export type SectionOf<T extends PageSection['_type']> = Extract<PageSection, { _type: T }>
