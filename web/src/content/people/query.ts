import { TYPE } from '@chaffcent/content/content-types'
import { IMAGE_FIELDS } from '../fragments'

/**
 * What a byline and a person's card show of someone, followed from a reference. `_type` and
 * the slug tag the read with `person:<slug>`, so publishing the person expires it.
 */
export const PERSON_FIELDS = `_type, name, "slug": slug.current, role, bio, linkedIn,
  photo{${IMAGE_FIELDS}}`

/**
 * An article's author, and the page whose people section lists them (the byline links to
 * their card there); that page's slug tags the article, so moving them expires the byline.
 */
export const AUTHOR_FIELDS = `${PERSON_FIELDS},
  "team": *[_type == "${TYPE.page}" && defined(slug.current)
    && ^._id in sections[_type == "peopleSection"].people[]._ref][0]{_type, "slug": slug.current}`
