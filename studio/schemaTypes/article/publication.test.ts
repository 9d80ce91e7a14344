import type { ObjectSchemaType } from 'sanity'
import { describe, expect, it } from 'vitest'
import { compiledSchema } from '../../validation/compiledSchema'
import * as fixture from '../../validation/fixtures'
import { validateDataset } from '../../validation/validateDataset'
import { PUBLISHED_WITHOUT_DATE } from './publicationFields'

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

  it('starts empty: Publish dates the article (actions/publishWithDate)', () => {
    expect(publishedAt.type.initialValue).toBeUndefined()
    expect(publishedAt.type.description).toMatch(/^Leave this empty and the article is dated/)
  })

  it('may be in the future, which schedules the article', async () => {
    expect(await problemsOf('2099-01-01T09:00:00.000Z')).toEqual([])
  })

  it('may be empty on a draft, so the editor can publish without choosing one', async () => {
    const draft = fixture.article('first', { _id: 'drafts.article-first', publishedAt: undefined })
    const dataset = [...fixture.baseDataset, draft]
    expect(await validateDataset([draft], { dataset, environment: 'studio' })).toEqual([])
  })

  it('is required of a published article, and says so', async () => {
    expect(await problemsOf(undefined)).toEqual([
      { path: 'publishedAt', message: PUBLISHED_WITHOUT_DATE },
    ])
  })
})
