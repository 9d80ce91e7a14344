import type { DocumentActionComponent, DocumentActionProps, DocumentActionsContext } from 'sanity'
import { describe, expect, it, vi } from 'vitest'

const steps: string[] = []
const execute = vi.fn((patches: unknown) => void steps.push(`dated ${JSON.stringify(patches)}`))
vi.mock('sanity', () => ({ useDocumentOperation: () => ({ patch: { execute } }) }))

const { dateOnFirstPublish, dateToPublishWith } = await import('./publishWithDate')

const NOW = new Date('2026-12-02T10:45:00.000Z')

describe('the date an article is published with', () => {
  it('is now on the first publish of an undated draft', () => {
    expect(dateToPublishWith({ title: 'New' }, null, NOW)).toBe('2026-12-02T10:45:00.000Z')
  })

  it('is the editor’s own, past or future (which schedules it)', () => {
    expect(dateToPublishWith({ publishedAt: '2099-01-01T09:00:00Z' }, null, NOW)).toBeNull()
    expect(dateToPublishWith({ publishedAt: '2024-06-11' }, null, NOW)).toBeNull()
  })

  it('stays the first publication’s when an editor empties the field later', () => {
    const published = { publishedAt: '2024-06-11T08:00:00Z' }
    expect(dateToPublishWith({}, published, NOW)).toBe('2024-06-11T08:00:00Z')
  })

  it('is not set without a draft to publish', () => {
    expect(dateToPublishWith(null, { publishedAt: '2024-06-11' }, NOW)).toBeNull()
  })
})

const publish = Object.assign(
  () => ({ label: 'Publish', onHandle: () => void steps.push('published') }),
  { action: 'publish' as const },
) as DocumentActionComponent
const duplicate = Object.assign(() => null, { action: 'duplicate' as const })

function actionsFor(schemaType: string) {
  const fields = schemaType === 'article' ? [{ name: 'title' }, { name: 'publishedAt' }] : []
  const schema = { get: () => ({ fields }) }
  return dateOnFirstPublish([publish, duplicate], {
    schema,
    schemaType,
  } as unknown as DocumentActionsContext)
}

function press(action: DocumentActionComponent, draft: object) {
  steps.length = 0
  const props = { id: 'a', type: 'article', draft, published: null } as DocumentActionProps
  action(props)?.onHandle?.()
}

describe('Publish on a type with a publication date', () => {
  it('dates an undated draft now, then publishes', () => {
    vi.useFakeTimers({ now: NOW })
    const [wrapped, other] = actionsFor('article')
    expect(other).toBe(duplicate)
    press(wrapped!, { title: 'New' })
    expect(steps).toEqual([
      'dated [{"set":{"publishedAt":"2026-12-02T10:45:00.000Z"}}]',
      'published',
    ])
    vi.useRealTimers()
  })

  it('publishes a dated draft as it is', () => {
    press(actionsFor('article')[0]!, { publishedAt: '2099-01-01T09:00:00Z' })
    expect(steps).toEqual(['published'])
  })

  it('is the same action on every call, so the studio keeps its state', () => {
    expect(actionsFor('article')[0]).toBe(actionsFor('article')[0])
  })

  it('leaves Publish alone on types without the field', () => {
    expect(actionsFor('category')).toEqual([publish, duplicate])
  })
})
