import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'

export const CATEGORIES_QUERY = defineQuery(`*[_type == "${TYPE.category}" && defined(slug.current)]
  | order(title asc){_id, _type, title, "slug": slug.current, description}`)
