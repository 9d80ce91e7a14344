import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import {
  ARTICLE_CARD_FIELDS,
  ARTICLE_CATEGORY_FIELDS,
  IMAGE_FIELDS,
  IN_INSIGHTS_LISTING,
  LISTED_ARTICLE,
  PUBLISHED_BY_NOW,
  RICH_TEXT_FIELDS,
  SEO_FIELDS,
} from '../fragments'
import { AUTHOR_FIELDS } from '../people/query'

/**
 * One article's page. With `$preview` (an editor in draft mode) a scheduled article shows
 * before its time, so it can be checked before it goes out; its lists stay as visitors see them.
 */
export const ARTICLE_QUERY = defineQuery(`*[_type == "${TYPE.article}" && defined(slug.current)
  && defined(category) && (${PUBLISHED_BY_NOW} || $preview) && slug.current == $slug][0]{
  _id,
  _type,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  "authors": authors[defined(@->slug.current)]->{${AUTHOR_FIELDS}},
  publishedAt,
  readTimeMinutes,
  ${ARTICLE_CATEGORY_FIELDS},
  body[]{${RICH_TEXT_FIELDS}},
  coverImage{${IMAGE_FIELDS}},
  "related": related[@->${PUBLISHED_BY_NOW}]->{${ARTICLE_CARD_FIELDS}},
  "newestInCategory": *[${LISTED_ARTICLE} && category._ref == ^.category._ref && _id != ^._id]
    | order(publishedAt desc)[0...3]{${ARTICLE_CARD_FIELDS}},
  seo{${SEO_FIELDS}}
}`)

/**
 * One page of the Insights index, newest first, optionally in one category: the articles from
 * `$start` up to `$end` and how many the listing holds, counted with the same filter the page is
 * cut from, so the page numbers and the pages agree. A broken article keeps its place (its
 * page shows one fewer card), as the address check counts it too.
 */
export const ARTICLE_INDEX_QUERY = defineQuery(`{
  "total": count(*[${IN_INSIGHTS_LISTING}]),
  "articles": *[${IN_INSIGHTS_LISTING}]
    | order(publishedAt desc, _id asc)[$start...$end]{${ARTICLE_CARD_FIELDS}}
}`)

export const LATEST_ARTICLES_QUERY = defineQuery(`*[${LISTED_ARTICLE}]
  | order(publishedAt desc, _id asc)[0...$limit]{${ARTICLE_CARD_FIELDS}}`)

export const ARTICLE_SLUGS_QUERY = defineQuery(`*[${LISTED_ARTICLE}]{"slug": slug.current}`)
