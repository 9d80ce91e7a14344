import type { DocumentActionComponent, DocumentActionProps, DocumentActionsContext } from 'sanity'
import { describe, expect, it, vi } from 'vitest'
import { PUBLISHED_REDIRECTS_QUERY, redirectOnRename } from './publishWithRedirect'

const order: string[] = []
const publish = Object.assign(
  () => ({ label: 'Publish', onHandle: () => void order.push('published') }),
  { action: 'publish' as const },
) as DocumentActionComponent
const discard = Object.assign(() => null, { action: 'discardChanges' as const })

function studio(fetched: unknown = []) {
  const mutate = vi.fn(async () => void order.push('redirected'))
  const fetch = vi.fn(async () => fetched)
  const client = { fetch, mutate, withConfig: () => client }
  const actionsFor = (schemaType: string) =>
    redirectOnRename([publish, discard], {
      schemaType,
      getClient: () => client,
    } as unknown as DocumentActionsContext)
  return { actionsFor, fetch, mutate }
}

/** Presses the (possibly wrapped) Publish of an article renamed from `old` to `renamed`. */
async function pressPublish(action: DocumentActionComponent) {
  order.length = 0
  const props = {
    type: 'article',
    published: { slug: { current: 'old' } },
    draft: { slug: { current: 'renamed' } },
  } as unknown as DocumentActionProps
  action(props)?.onHandle?.()
  await vi.waitFor(() => expect(order).toContain('published'))
}

describe('Publish on a renamed article', () => {
  it('creates the redirect from the old address, then publishes', async () => {
    const { actionsFor, fetch, mutate } = studio()
    const [wrapped, other] = actionsFor('article')
    expect(other).toBe(discard)
    await pressPublish(wrapped!)
    expect(fetch).toHaveBeenCalledWith(PUBLISHED_REDIRECTS_QUERY)
    expect(mutate).toHaveBeenCalledWith(
      [
        {
          create: expect.objectContaining({
            _type: 'redirect',
            source: '/insights/old',
            destination: '/insights/renamed',
            permanent: true,
          }),
        },
      ],
      { visibility: 'sync' },
    )
    expect(order).toEqual(['redirected', 'published'])
  })

  it('is the same action on every call, so the studio keeps its state', () => {
    const { actionsFor } = studio()
    expect(actionsFor('article')[0]).toBe(actionsFor('article')[0])
  })

  it('leaves Publish alone on types whose address never changes', () => {
    expect(studio().actionsFor('siteSettings')).toEqual([publish, discard])
  })

  it('still publishes when the redirect cannot be made', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { actionsFor, mutate } = studio()
    mutate.mockRejectedValueOnce(new Error('no permission'))
    await pressPublish(actionsFor('article')[0]!)
    expect(order).toEqual(['published'])
  })
})

describe('Publish pressed while the draft changes', () => {
  it('runs the newest render’s Publish once the redirect is made, not the one pressed', async () => {
    const calls: string[] = []
    const render = (label: string) =>
      Object.assign(() => ({ label, onHandle: () => void calls.push(label) }), {
        action: 'publish' as const,
      }) as DocumentActionComponent
    const props = {
      id: 'page-careers',
      type: 'article',
      published: null,
      draft: { slug: { current: 'careers' } },
    } as unknown as DocumentActionProps
    const [pressed] = redirectOnRename([render('stale')], {
      schemaType: 'article',
      getClient: () => ({ fetch: async () => [], mutate: async () => {} }),
    } as unknown as DocumentActionsContext)
    const handle = pressed!(props)!.onHandle!
    const [rerendered] = redirectOnRename([render('fresh')], {
      schemaType: 'article',
      getClient: () => ({ fetch: async () => [], mutate: async () => {} }),
    } as unknown as DocumentActionsContext)
    rerendered!(props)
    handle()
    await vi.waitFor(() => expect(calls).toEqual(['fresh']))
  })
})
