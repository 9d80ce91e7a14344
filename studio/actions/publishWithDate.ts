import {
  useDocumentOperation,
  type DocumentActionComponent,
  type DocumentActionsResolver,
  type ObjectSchemaType,
} from 'sanity'

/** The field that dates a document and schedules it (articles': see `publishedAtField`). */
const DATE_FIELD = 'publishedAt'

type Version = Record<string, unknown> | null | undefined

/**
 * The date to publish with, when the editor left the field empty: the date the document was
 * first published with, if it has been (clearing the field never re-dates an article), else
 * now. Null when the editor chose a date or there is no draft to publish.
 */
export function dateToPublishWith(draft: Version, published: Version, now: Date): string | null {
  if (!draft || draft[DATE_FIELD]) return null
  const first = published?.[DATE_FIELD]
  return typeof first === 'string' && first ? first : now.toISOString()
}

/**
 * Publish, which first dates the draft when its publication date is empty, so "dated the
 * moment you first publish it" is what happens. The date is set through the studio's own
 * document store, which Publish waits for before it sends the draft.
 */
export function publishWithDate(publish: DocumentActionComponent): DocumentActionComponent {
  const PublishWithDate: DocumentActionComponent = (props) => {
    const { patch } = useDocumentOperation(props.id, props.type)
    const description = publish(props)
    if (!description?.onHandle) return description
    const { onHandle } = description
    const dateThenPublish = () => {
      const date = dateToPublishWith(props.draft, props.published, new Date())
      if (date) patch.execute([{ set: { [DATE_FIELD]: date } }])
      onHandle()
    }
    return { ...description, onHandle: dateThenPublish }
  }
  return Object.assign(PublishWithDate, { action: 'publish' as const })
}

/** One wrapper per original, so the studio sees the same action on every render. */
const wrappers = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

function wrapperOf(publish: DocumentActionComponent) {
  if (!wrappers.has(publish)) wrappers.set(publish, publishWithDate(publish))
  return wrappers.get(publish)!
}

/** Replaces Publish on the types that have a publication date. */
export const dateOnFirstPublish: DocumentActionsResolver = (actions, { schema, schemaType }) => {
  const type = schema.get(schemaType) as ObjectSchemaType | undefined
  if (!type?.fields?.some(({ name }) => name === DATE_FIELD)) return actions
  return actions.map((action) => (action.action === 'publish' ? wrapperOf(action) : action))
}
