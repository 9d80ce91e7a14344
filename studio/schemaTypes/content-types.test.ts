import { contentType, DOCUMENT_TYPES } from '@chaffcent/content'
import { describe, expect, it } from 'vitest'
import { documentTypes } from '.'

const schemaOf = (type: string) => documentTypes.find(({ name }) => name === type)
const hasField = (type: string, field: string) =>
  schemaOf(type)?.fields.some(({ name }) => name === field) ?? false

describe('the content-type table and the studio schemas', () => {
  it('has one studio schema for each document type, and no schema outside the table', () => {
    expect(documentTypes.map(({ name }) => name)).toEqual(DOCUMENT_TYPES)
  })

  it('gives a slug field to every type whose address takes a slug', () => {
    for (const type of DOCUMENT_TYPES) {
      if (contentType(type).address?.includes(':slug'))
        expect(hasField(type, 'slug'), type).toBe(true)
    }
  })
})
