import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { PERSON_FIELDS } from '../people/query'
import {
  CALL_TO_ACTION_FIELDS,
  IMAGE_FIELDS,
  LINK_FIELDS,
  RICH_TEXT_FIELDS,
  SEO_FIELDS,
} from '../fragments'

export const PAGE_QUERY = defineQuery(`*[_type == "${TYPE.page}" && slug.current == $slug][0]{
  _id,
  _type,
  _updatedAt,
  title,
  "slug": slug.current,
  intro,
  sections[]{
    _key,
    _type,
    _type == "textSection" => { heading, body[]{${RICH_TEXT_FIELDS}} },
    _type == "cardGrid" => {
      heading,
      intro,
      cards[]{ _key, title, text, image{${IMAGE_FIELDS}}, link{${LINK_FIELDS}} }
    },
    _type == "imageSection" => { image{${IMAGE_FIELDS}}, "caption": image.caption },
    _type == "quoteSection" => { quote, attribution, role },
    _type == "faqSection" => { heading, items[]{ _key, question, answer } },
    _type == "callToAction" => { ${CALL_TO_ACTION_FIELDS} },
    _type == "contactDetails" => { heading, text },
    _type == "enquiryForm" => { heading, intro },
    _type == "peopleSection" => {
      heading,
      intro,
      "people": people[defined(@->slug.current)]->{${PERSON_FIELDS}}
    }
  },
  seo{${SEO_FIELDS}}
}`)

/** Every published page's slug: the pages built ahead of the first visit. */
export const PAGE_SLUGS_QUERY = defineQuery(
  `*[_type == "${TYPE.page}" && defined(slug.current)] | order(slug.current asc){ "slug": slug.current }`,
)
