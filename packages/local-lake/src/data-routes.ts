import { actionToMutations } from './actions'
import type { Commit } from './commit'
import type { Dataset } from './dataset'
import { badRequest, notFound, readJson } from './http'
import type { createListeners } from './listen'
import { answerQuery } from './query'
import type { Handler, Route } from './route'
import type { SanityMutation } from './mutations'
import { debugLog } from './debug'

interface DataContext {
  datasetName: string
  dataset: Dataset
  listeners: ReturnType<typeof createListeners>
  commit: Commit
}

/** A handler for one dataset's paths (the dataset is the first captured part): others get a 404. */
export const onlyDataset =
  (datasetName: string) =>
  (handler: Handler): Handler =>
  (route) => {
    if (route.parts[0] !== datasetName) throw notFound(`Dataset "${route.parts[0]}" not found`)
    return handler(route)
  }

/** `/data/<endpoint>/<dataset>…`, refused with a 404 for any dataset but this one. */
export function dataRoutes(context: DataContext): Route[] {
  const { dataset, listeners, commit } = context
  const data = (endpoint: string, rest = '') => new RegExp(`^/data/${endpoint}/([\\w-]+)${rest}$`)
  const forDataset = onlyDataset(context.datasetName)

  const byIds = ({ parts: [, ids = ''] }: { parts: string[] }) => {
    const wanted = ids.split(',').filter(Boolean)
    const documents = wanted.map((id) => dataset.get(id)).filter((doc) => doc !== null)
    const omitted = wanted
      .filter((id) => !dataset.get(id))
      .map((id) => ({ id, reason: 'existence' }))
    return { documents, omitted }
  }

  return [
    ['GET', data('query'), forDataset(({ request, url }) => answerQuery(request, url, dataset))],
    ['POST', data('query'), forDataset(({ request, url }) => answerQuery(request, url, dataset))],
    ['GET', data('doc', '/([^/]+)'), forDataset(byIds)],
    [
      'GET',
      data('listen'),
      forDataset(({ request, response, url }) => {
        listeners.open(request, response, url)
      }),
    ],
    [
      'POST',
      data('mutate'),
      forDataset(async ({ request, url }) => {
        const body = (await readJson(request)) as { mutations?: unknown; transactionId?: string }
        debugLog('mutate', body)
        if (!Array.isArray(body.mutations)) throw badRequest('The body needs "mutations"')
        const { transactionId, changes } = await commit(
          body.mutations as SanityMutation[],
          body.transactionId,
        )
        const results = changes.map(({ id, before, after }) => ({
          id,
          operation: !before ? 'create' : !after ? 'delete' : 'update',
          ...(url.searchParams.get('returnDocuments') === 'true' ? { document: after } : {}),
        }))
        return { transactionId, results, documentIds: results.map(({ id }) => id) }
      }),
    ],
    [
      'POST',
      data('actions'),
      forDataset(async ({ request }) => {
        const body = (await readJson(request)) as { actions?: unknown; transactionId?: string }
        debugLog('actions', body)
        const actions = [body.actions ?? []].flat() as Record<string, unknown>[]
        if (actions.length === 0) throw badRequest('The body needs "actions"')
        const mutations = actions.flatMap((action) => actionToMutations(action, dataset))
        const { transactionId } = await commit(mutations, body.transactionId)
        return { transactionId }
      }),
    ],
    // History: enough to open documents (the current revision), with no past events kept.
    ['GET', data('history', '/documents/([^/]+)'), forDataset(byIds)],
    [
      'GET',
      data('history', '/events/documents/[^/]+'),
      forDataset(() => ({ events: {}, nextCursor: '' })),
    ],
    [
      'GET',
      data('history', '/transactions/[^/]+'),
      forDataset(({ response }) => {
        response.writeHead(200, { 'content-type': 'application/x-ndjson' })
        response.end()
      }),
    ],
  ]
}
