import { TYPE } from '@chaffcent/content/content-types'
import { hrefFor } from '@chaffcent/content/routes'
import { LINKEDIN_URL_PATTERN } from '@chaffcent/content/contract'
import { z } from 'zod'
import { image } from '../../images/schema'
import { contractFields } from '../contract'
import { slug, text } from '../schemas'
import { cleanString } from '../stega'

/** The type of the firm's people, named once for schemas, tags and log lines. */
export const PERSON = TYPE.person

/** Someone at the firm as PERSON_FIELDS reads them; the slug is their card's anchor. */
export const person = z.object(
  contractFields(PERSON, {
    _type: z.literal(PERSON),
    name: text,
    slug,
    role: text,
    bio: text,
    photo: image,
    linkedIn: cleanString.pipe(z.string().regex(LINKEDIN_URL_PATTERN, 'not a LinkedIn address')),
  }),
)

export type Person = z.output<typeof person>

/** The page whose people section lists someone, as AUTHOR_FIELDS finds it. */
const teamPage = z.object({ _type: z.literal(TYPE.page), slug }).nullish()

/** An article's author, with the address of their card (none when no page lists them). */
export const author = person.extend({ team: teamPage }).transform(({ team, ...someone }) => {
  const page = team ? hrefFor(team) : null
  return { ...someone, href: page ? `${page}#${someone.slug}` : undefined }
})

export type Author = z.output<typeof author>
