import { defineQuery } from 'next-sanity'
import { PERSON_FIELDS } from '../people/query'
import { CALL_TO_ACTION_FIELDS, LINK_FIELDS, RICH_TEXT_FIELDS, SEO_FIELDS } from '../fragments'

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
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
    _type == "cardGrid" => { heading, intro, cards[]{ _key, title, text, link{${LINK_FIELDS}} } },
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
