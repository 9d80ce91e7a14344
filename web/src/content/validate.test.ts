import { afterEach, describe, expect, it, vi } from 'vitest'
import { ARTICLE_QUERY, LATEST_ARTICLES_QUERY } from './articles/query'
import { articleSchema } from './articles/schema'
import { articleCard } from './schemas'
import { runQuery } from './testing/dataset'
import { validDocument, validList } from './validate'

const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
afterEach(() => errors.mockClear())

describe('a document that fails its schema', () => {
  it('is left out of a list, logged with its id and the failing path, and the rest stay', async () => {
    const cards = (await runQuery(LATEST_ARTICLES_QUERY, { limit: 5 })) as { _id: string }[]
    const broken = { ...cards[1]!, excerpt: null }
    const valid = validList(articleCard, [cards[0], broken, cards[2]], 'latest articles')
    expect(valid.map((card) => card._id)).toEqual([cards[0]!._id, cards[2]!._id])
    expect(errors).toHaveBeenCalledOnce()
    expect(errors.mock.calls[0]![0]).toContain(`"${broken._id}"`)
    expect(errors.mock.calls[0]![0]).toContain('excerpt')
  })

  it('makes a detail read answer null, so its page is a 404', async () => {
    const article = (await runQuery(ARTICLE_QUERY, {
      slug: 'it-ot-convergence-high-consequence-environments',
    })) as Record<string, unknown>
    expect(validDocument(articleSchema, article, 'article')).not.toBeNull()
    expect(validDocument(articleSchema, { ...article, category: null }, 'article')).toBeNull()
    expect(errors.mock.calls[0]![0]).toMatch(/article "article-it-ot-convergence[^"]*".*category/)
  })
})
