import { TYPE } from '@chaffcent/content/content-types'
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import type { DocumentActionComponent, DocumentActionsResolver, SanityClient } from 'sanity'
import { isRenameable, planSlugRedirect, type RedirectPlan } from './slugRedirect'

/** The published redirects the plan must keep free of chains and loops. */
export const PUBLISHED_REDIRECTS_QUERY = `*[_type == "${TYPE.redirect}" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]{ _id, source, destination }`

/** The plan as one atomic set of changes to the dataset. */
export function mutationsFor(plan: RedirectPlan) {
  const { create, destination, retarget, remove } = plan
  return [
    ...(create
      ? [{ create: { _id: `redirect-${crypto.randomUUID()}`, _type: TYPE.redirect, ...create } }]
      : []),
    ...retarget.map((id) => ({ patch: { id, set: { destination } } })),
    ...remove.map((id) => ({ delete: { id } })),
  ]
}

/** The newest Publish handler of each open document, by id. */
const latestPublish = new Map<string, () => void>()

/**
 * Publish, which first sends the document's old address on to its new one when its slug
 * has changed, so links and search results keep working. Should that fail, the document is
 * still published: the editor can add the redirect by hand.
 */
export function publishWithRedirect(
  publish: DocumentActionComponent,
  client: Pick<SanityClient, 'fetch' | 'mutate'>,
): DocumentActionComponent {
  const action: DocumentActionComponent = (props) => {
    const description = publish(props)
    if (!description?.onHandle) return description
    // Publish decides from the state it was rendered with (is the draft still saving?), and
    // the draft may change while the redirect is made: so the newest render's Publish runs.
    latestPublish.set(props.id, description.onHandle)
    const redirectThenPublish = async () => {
      try {
        const redirects = await client.fetch(PUBLISHED_REDIRECTS_QUERY)
        const plan = planSlugRedirect(props.type, props.published, props.draft, redirects)
        if (plan) await client.mutate(mutationsFor(plan), { visibility: 'sync' })
      } catch (error) {
        console.error('[studio] could not redirect the old address; publishing anyway', error)
      }
      latestPublish.get(props.id)?.()
    }
    return { ...description, onHandle: () => void redirectThenPublish() }
  }
  return Object.assign(action, { action: 'publish' as const, displayName: 'PublishWithRedirect' })
}

/** One wrapper per original and client, so the studio sees the same action on every render. */
const wrappers = new WeakMap<object, WeakMap<DocumentActionComponent, DocumentActionComponent>>()

function wrapperOf(publish: DocumentActionComponent, client: SanityClient) {
  const ofClient = wrappers.get(client) ?? new WeakMap()
  wrappers.set(client, ofClient)
  if (!ofClient.has(publish)) ofClient.set(publish, publishWithRedirect(publish, client))
  return ofClient.get(publish)!
}

/** Replaces Publish on the types whose address comes from a slug editors may change. */
export const redirectOnRename: DocumentActionsResolver = (actions, { schemaType, getClient }) => {
  if (!isRenameable(schemaType)) return actions
  const client = getClient({ apiVersion: SANITY_API_VERSION })
  return actions.map((action) => (action.action === 'publish' ? wrapperOf(action, client) : action))
}
