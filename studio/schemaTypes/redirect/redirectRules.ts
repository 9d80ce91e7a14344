import { TYPE } from '@chaffcent/content/content-types'
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { redirectConflicts, type RedirectConflict } from '@chaffcent/content/redirect-conflicts'
import { redirectDestination, redirectSource, type Redirect } from '@chaffcent/content/redirects'
import { getPublishedId, type ValidationContext } from 'sanity'

/**
 * The other published redirects, which a redirect must not duplicate, chain onto or loop
 * with. The validation tests answer this exact query from their dataset, so keep them in step.
 */
export const OTHER_REDIRECTS_QUERY = `*[_type == "${TYPE.redirect}" && !sanity::versionOf($published)]{ source, destination }`

type Field = 'source' | 'destination'
type Candidate = Partial<Redirect> & { _id: string }

/** This redirect's conflicts with the published others, as the editor sees them on `field`. */
export async function conflictMessage(field: Field, context: ValidationContext) {
  const candidate = context.document as Candidate | undefined
  if (!candidate?.source || !candidate.destination) return true
  const others = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .withConfig({ perspective: 'published' })
    .fetch<Redirect[]>(OTHER_REDIRECTS_QUERY, { published: getPublishedId(candidate._id) })
  const mine = candidate as Redirect
  const conflict = redirectConflicts([...others, mine]).find(
    (found) => found.redirect === mine || ('next' in found && found.next === mine),
  )
  return (conflict && messageFor(conflict, mine, field)) || true
}

/** What to tell the editor, on the field they would change to put it right. */
function messageFor(conflict: RedirectConflict, mine: Redirect, field: Field) {
  const own = conflict.redirect === mine
  if (conflict.kind === 'same-address')
    return field === 'destination' && 'Send visitors somewhere other than the old address.'
  if (conflict.kind === 'duplicate')
    return (
      field === 'source' &&
      `Another redirect already starts at ${conflict.other.source}: change that one instead.`
    )
  if (conflict.kind === 'loop')
    return `This redirect and the one from ${own ? conflict.next.source : conflict.redirect.source} send visitors round in a circle: change one of their destinations.`
  if (own)
    return (
      field === 'destination' &&
      `${conflict.next.source} itself redirects to ${conflict.next.destination}: enter that address here instead, so visitors are sent there in one step.`
    )
  return (
    field === 'source' &&
    `The redirect from ${conflict.redirect.source} already sends visitors here: change its destination to ${mine.destination} instead of adding a second step.`
  )
}

export const SOURCE_RULE =
  'Enter an address on this site starting with /, without ? or #, e.g. “/insights/old-title”. The home page and /api addresses cannot be redirected.'
export const DESTINATION_RULE =
  'Enter an address on this site starting with /, e.g. “/insights/new-title”, or a full link starting with https://.'

export const isSource = (value?: string) => !value || redirectSource(value) !== null
export const isDestination = (value?: string) => !value || redirectDestination(value) !== null
