import type { ServerResponse } from 'node:http'
import { badRequest, LakeError, readJson, sendError } from './http'
import type { Route } from './route'

const MODES = ['up', 'hang', 'fail'] as const
type Mode = (typeof MODES)[number]

/**
 * Outage drills, for trying what the site does when the Content Lake is down: `POST /drill`
 * with `{"queries":"hang"}` takes queries and never answers, `"fail"` answers them 503, `"up"`
 * answers again and cuts off those held. Only queries: the studio's writes still land.
 */
export function createDrills() {
  let mode: Mode = 'up'
  const held = new Set<ServerResponse>()

  const route: Route = [
    'POST',
    /^\/drill$/,
    async ({ request }) => {
      const { queries } = (await readJson(request)) as { queries?: unknown }
      if (!MODES.includes(queries as Mode)) throw badRequest('"queries" is one of up, hang, fail')
      mode = queries as Mode
      if (mode !== 'hang') for (const response of held) response.destroy()
      return { queries: mode, held: held.size }
    },
  ]

  return {
    route,
    /** Whether the drill has taken this query's response (held, or failed). */
    intercepts(response: ServerResponse): boolean {
      if (mode === 'up') return false
      if (mode === 'fail') sendError(response, new LakeError(503, 'serviceUnavailable', 'Drill'))
      else {
        held.add(response)
        response.on('close', () => held.delete(response))
      }
      return true
    },
  }
}
