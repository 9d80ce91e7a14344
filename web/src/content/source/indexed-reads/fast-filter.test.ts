import { evaluate, type ExprNode, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import type { StoredDocument } from './dataset-index'
import { compileFilter } from './fast-filter'

const NOW = new Date('2026-06-01T12:00:00Z')
const REF = { _id: 'cat', _type: 'category', slug: { current: 'energy' } }
/** Documents whose fields take every kind of value a filter can meet, missing included. */
const DOCUMENTS: StoredDocument[] = [null, true, 3, '3', '2026-01-01', [1], { current: 'a' }].map(
  (value, n) => ({
    _id: `doc-${n}`,
    _type: n % 2 ? 'article' : 'page',
    value,
    category: { _ref: 'cat' },
  }),
)
const DATASET = [REF, ...DOCUMENTS, { _id: 'bare', _type: 'article', category: { _ref: 'none' } }]

const FILTERS = [
  'value == 3',
  'value != "3"',
  'value < 4',
  'value >= "2026"',
  'value <= now()',
  'value > true',
  'defined(value)',
  '!defined(value)',
  '!(value == 3)',
  'value in [3, "3", null]',
  'value.current == "a"',
  '_type == "article" && value > 1',
  'value > 1 || _type == "page"',
  '!(value > 1) && !(value > 1)',
  'category->slug.current == "energy"',
  '(value > 1) == true',
  '@.value == 3',
]

describe('compileFilter', () => {
  it.each(FILTERS)('keeps what groq-js keeps: %s', async (filter) => {
    const expected = await (
      await evaluate(parse(`*[${filter}]._id`), { dataset: DATASET, timestamp: NOW })
    ).get()
    const { expr } = parse(`*[${filter}]`) as { expr: ExprNode }
    const byId = new Map(DATASET.map((doc) => [doc._id, doc]))
    const predicate = compileFilter(expr, { now: NOW.toISOString(), byId })
    expect(predicate, 'compiled').toBeDefined()
    expect(DATASET.filter(predicate!).map(({ _id }) => _id)).toEqual(expected)
  })

  it('leaves to groq-js what it does not know', () => {
    const { expr } = parse('*[references(^._id)]') as { expr: ExprNode }
    expect(compileFilter(expr, { now: NOW.toISOString(), byId: new Map() })).toBeUndefined()
  })
})
