import type { DocumentType } from '@chaffcent/content/content-types'
import { LINKEDIN_URL_PATTERN } from '@chaffcent/content/contract'
import { z } from 'zod'
import { image } from '../../images/schema'
import { contractFields } from '../contract'
import { slug, text } from '../schemas'
import { cleanString } from '../stega'

/** The type of the firm's people, named once for schemas, tags and log lines. */
export const PERSON = 'person' satisfies DocumentType

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
