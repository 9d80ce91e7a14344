import type { DocumentType } from '@chaffcent/content'
import { defineArrayMember, defineField } from 'sanity'

interface ReferenceListOptions {
  name: string
  title: string
  description: string
  to: readonly DocumentType[]
  /** What the items are called in messages, e.g. "sectors". */
  itemsLabel: string
  max?: number
  /** The tab of the form the field sits in, when the document has tabs. */
  group?: string
}

/** A hand-picked, ordered list of other documents, each chosen at most once. */
export function referenceListField({
  name,
  title,
  description,
  to,
  itemsLabel,
  max,
  group,
}: ReferenceListOptions) {
  return defineField({
    name,
    title,
    description,
    group,
    type: 'array',
    ...(group && { group }),
    of: [defineArrayMember({ type: 'reference', to: to.map((type) => ({ type })) })],
    validation: (rule) =>
      max === undefined
        ? rule.unique().error(`Choose each of the ${itemsLabel} only once.`)
        : rule.unique().max(max).error(`Choose up to ${max} ${itemsLabel}, each only once.`),
  })
}
