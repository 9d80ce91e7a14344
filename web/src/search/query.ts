import { type DocumentType, TYPE } from '@chaffcent/content/content-types'
import { typeTag } from '@chaffcent/content/tags'
import { LISTED_ARTICLE } from '../content/fragments'

/** What search finds; each hit links to its type's address in the content-type table (`hrefFor`). */
export const SEARCHED_TYPES = [
  TYPE.article,
  TYPE.page,
  TYPE.sector,
  TYPE.venture,
] as const satisfies readonly DocumentType[]

/** The types the corpus shows (an article shows its category's title), so the tags that expire its read. */
export const CORPUS_TAGS = [...SEARCHED_TYPES, TYPE.category].map(typeTag)

/**
 * What search reads of each document it can find, one shape for every type. An article's
 * and a venture's `sectors` are the titles of the sectors they reference; a field a type
 * lacks comes back null, so a new searchable field is one line here and one in `schema.ts`.
 */
const HIT_FIELDS = `_id, _type, "slug": slug.current,
  "title": coalesce(title, name),
  "summary": coalesce(excerpt, summary, intro),
  "text": select(
    _type == "${TYPE.page}" => pt::text(sections[].body[]),
    pt::text(body)
  ),
  "headings": sections[].heading,
  "category": category->title,
  "sectors": sectors[]->title`

/** The documents a visitor can reach that search covers: listed articles, pages, sectors, ventures. */
const SEARCHABLE = `((${LISTED_ARTICLE})
  || (_type in ${JSON.stringify(SEARCHED_TYPES.filter((type) => type !== TYPE.article))}
    && defined(slug.current)))`

/** Every searchable document, read once per change of content and indexed in memory (embedded source). */
export const SEARCH_CORPUS_QUERY = `*[${SEARCHABLE}] | order(_id asc){${HIT_FIELDS}}`

/**
 * The fields the Content Lake's own text search looks in; each matches `$terms` (words with
 * `*`). Lists are spread (`...`): `match` looks into the array's items, not into a list inside it.
 */
const MATCHED = `[title, name, excerpt, summary, intro, pt::text(body), category->title,
  ...sectors[]->title, ...sections[].heading, ...sections[].body[].children[].text] match $terms`

/**
 * One page of ranked hits and their count, by the Lake's text search (hosted source). Names
 * and titles count most (more than all the rest together: an article filed under the Aviation
 * category and sector is still below the page named Aviation), then categories and sectors,
 * then summaries, then body text.
 */
export const SEARCH_LAKE_QUERY = `{
  "total": count(*[${SEARCHABLE} && ${MATCHED}]),
  "hits": *[${SEARCHABLE} && ${MATCHED}]
    | score(
        boost(title match $terms, 10), boost(name match $terms, 10),
        boost(category->title match $terms, 3), boost(sectors[]->title match $terms, 3),
        boost(excerpt match $terms, 2), boost(summary match $terms, 2), boost(intro match $terms, 2),
        pt::text(body) match $terms, sections[].body[].children[].text match $terms
      )
    | order(_score desc, _id asc)[$start...$end]{${HIT_FIELDS}}
}`
