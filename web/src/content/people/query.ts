import { IMAGE_FIELDS } from '../fragments'

/**
 * What a byline and a person's card show of someone, followed from a reference. `_type` and
 * the slug tag the read with `person:<slug>`, so publishing the person expires it.
 */
export const PERSON_FIELDS = `_type, name, "slug": slug.current, role, bio, linkedIn,
  photo{${IMAGE_FIELDS}}`
