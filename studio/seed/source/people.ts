import type { SeedDocument } from './lib/documents/types'
import { id } from './lib/ids'
import { slug } from './lib/shapes'

/**
 * The client's articles are all signed "ChaffCent Ventures": the byline stays as it was, now
 * as a person articles refer to and the Who We Are page lists (the site names no one else).
 */
export const COMPANY_BYLINE = 'chaffcent-ventures'

export interface PersonSource {
  slug: string
  name: string
  role: string
  bio?: string
  linkedIn?: string
}

const people: PersonSource[] = [
  {
    slug: COMPANY_BYLINE,
    name: 'ChaffCent Ventures',
    role: 'Advisory team',
    bio: 'Insights signed by the company are written by its advisory team, drawing on work across security, aviation, infrastructure and energy, and advanced technology.',
  },
]

export const personDocuments = (): SeedDocument[] =>
  people.map((source) => ({
    _id: id.person(source.slug),
    _type: 'person',
    name: source.name,
    slug: slug(source.slug),
    role: source.role,
    ...(source.bio ? { bio: source.bio } : {}),
    ...(source.linkedIn ? { linkedIn: source.linkedIn } : {}),
  }))
