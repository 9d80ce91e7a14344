import { EDITOR_GRANTS, LOCAL_EDITOR, PROJECT_GRANTS, projectFor } from './account'
import { readJson } from './http'
import type { Route } from './route'

/** Per-user settings the studio keeps (recent searches, pane widths): in memory only. */
const keyValues = new Map<string, unknown>()

/** What the studio asks at start about the user, the project and the features it may show. */
export function accountRoutes(datasetName: string): Route[] {
  return [
    ['GET', /^\/users\/me$/, () => LOCAL_EDITOR],
    [
      'GET',
      /^\/users\/me\/keyvalue\/([^/]+)$/,
      ({ parts: [keys = ''] }) =>
        keys.split(',').map((key) => ({ key, value: keyValues.get(key) ?? null })),
    ],
    [
      'PUT',
      /^\/users\/me\/keyvalue$/,
      async ({ request }) => {
        const entries = (await readJson(request)) as { key: string; value: unknown }[]
        for (const { key, value } of [entries].flat()) keyValues.set(key, value)
        return entries
      },
    ],
    ['GET', /^\/projects\/([^/]+)$/, ({ parts: [id = ''] }) => projectFor(id, datasetName)],
    ['GET', /^\/projects\/[^/]+\/grants$/, () => PROJECT_GRANTS],
    ['GET', /^\/projects\/[^/]+\/datasets$/, () => [{ name: datasetName, aclMode: 'public' }]],
    ['GET', /^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/, () => EDITOR_GRANTS],
    ['GET', /^\/projects\/[^/]+\/user-applications$/, () => []],
    ['GET', /^\/projects\/[^/]+\/features$/, () => []],
    ['GET', /^\/features$/, () => []],
    ['GET', /^\/check\/cors$/, () => ({ result: { allowed: true, withCredentials: true } })],
    ['GET', /^\/ping$/, () => 'PONG'],
    // Onboarding, announcements and plan limits: nothing to announce, no limits.
    ['GET', /^\/journey\/[\w-]+$/, () => ({})],
    ['GET', /^\/help$/, () => ({})],
    // No telemetry leaves this machine.
    ['GET', /^\/intake\/telemetry-status$/, () => ({ status: 'denied' })],
    ['POST', /^\/intake\/batch$/, () => ({})],
    // The studio's connection-latency probe.
    ['GET', /^\/data\/ping\/[\w-]+$/, () => ({})],
    ['GET', /^\/schedules\/[^/]+\/[^/]+$/, () => ({ schedules: [] })],
  ]
}
