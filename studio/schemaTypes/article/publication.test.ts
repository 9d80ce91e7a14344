import type { ObjectSchemaType } from 'sanity'
import { describe, expect, it } from 'vitest'
import { REQUIRED } from '@chaffcent/content/contract'
import { compiledSchema } from '../../validation/compiledSchema'
import * as fixture from '../../validation/fixtures'
import { validateDataset } from '../../validation/validateDataset'

const articleType = compiledSchema.get('article') as ObjectSchemaType
const publishedAt = articleType.fields.find(({ name }) => name === 'publishedAt')!

async function problemsOf(publishedAtValue: string | undefined) {
  const document = fixture.article('first', { publishedAt: publishedAtValue })
  const dataset = [...fixture.baseDataset.filter(({ _id }) => _id !== document._id), document]
  const problems = await validateDataset([document], { dataset, environment: 'studio' })
  return problems.map(({ path, message }) => ({ path, message }))
}

describe('an article’s publication date', () => {
  it('sits with the content, as a date and time', () => {
    expect(publishedAt.group).toBe('content')
    expect(publishedAt.type.name).toBe('datetime')
    const contentFields = articleType.fields.filter((field) => field.group === 'content')
    expect(contentFields.map(({ name }) => name)).toContain('publishedAt')
  })

  it('defaults to now', async () => {
    const initialValue = publishedAt.type.initialValue as () => string
    const before = Date.now()
    const value = Date.parse(initialValue())
    expect(value).toBeGreaterThanOrEqual(before)
    expect(value).toBeLessThanOrEqual(Date.now())
  })

  it('may be in the future, which schedules the article', async () => {
    expect(await problemsOf('2099-01-01T09:00:00.000Z')).toEqual([])
  })

  it('is required, and says so in the contract’s words', async () => {
    expect(await problemsOf(undefined)).toEqual([
      { path: 'publishedAt', message: REQUIRED.article.publishedAt },
    ])
  })
})
