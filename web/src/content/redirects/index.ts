import { redirectConflicts } from '@chaffcent/content/redirect-conflicts'
import { redirectDestination, redirectSource } from '@chaffcent/content/redirects'
import { z } from 'zod'
import { contentSource } from '../source'
import { REDIRECTS_QUERY } from './query'

export const redirectRowSchema = z.object({
  _id: z.string(),
  source: z.string().nullable(),
  destination: z.string().nullable(),
  permanent: z.boolean().nullable(),
})

type RedirectRow = z.output<typeof redirectRowSchema>

/** A row of the wrong shape is dropped alone, with its id, and the others still apply. */
const rowsSchema = z.array(
  redirectRowSchema.nullable().catch(({ input }) => {
    console.error(`[redirects] ${(input as { _id?: unknown })?._id} left out: not a redirect`)
    return null
  }),
)

/** Where the proxy sends a visitor, by the old address as the router sees it. */
export interface SiteRedirect {
  destination: string
  permanent: boolean
}
export type RedirectMap = ReadonlyMap<string, SiteRedirect>

/**
 * The redirects the site obeys. One it cannot obey safely (an address that is not a site
 * path, a destination that is neither a site path nor https, a loop, a second redirect
 * from one address) is logged with its id and left out; the others still apply.
 */
export function redirectMap(rows: readonly RedirectRow[]): RedirectMap {
  const usable = rows.flatMap((row) => {
    const source = redirectSource(row.source)
    const destination = redirectDestination(row.destination)
    if (source && destination) return [{ ...row, source, destination }]
    console.error(`[redirects] ${row._id} left out: its addresses are not ones the site can use`)
    return []
  })
  const refused = new Set(
    redirectConflicts(usable)
      .filter(({ kind }) => kind !== 'chain')
      .map(({ redirect, kind }) => {
        console.error(`[redirects] ${redirect._id} left out: ${kind}`)
        return redirect
      }),
  )
  return new Map(
    usable
      .filter((redirect) => !refused.has(redirect))
      .map(({ source, destination, permanent }) => [
        source,
        { destination, permanent: permanent !== false },
      ]),
  )
}

/** The map from what `REDIRECTS_QUERY` answers. */
export function parseRedirects(rows: unknown): RedirectMap {
  return redirectMap(rowsSchema.parse(rows).filter((row) => row !== null))
}

/** The published redirects, read straight from the content source for the proxy. */
export async function loadRedirects(): Promise<RedirectMap> {
  return parseRedirects(await contentSource().query(REDIRECTS_QUERY, {}, 'published'))
}
