import { describe, expect, it } from 'vitest'
import type { DatasetDocument } from '../../validation/datasetClient'
import { validateDataset } from '../../validation/validateDataset'

const redirect = (id: string, source: string, destination: string): DatasetDocument => ({
  _id: `redirect-${id}`,
  _type: 'redirect',
  source,
  destination,
  permanent: true,
})

/** What the editor of `document` is told, among the published `others`. */
async function problemsOf(document: DatasetDocument, others: DatasetDocument[] = []) {
  const problems = await validateDataset([document], {
    dataset: [...others, document],
    environment: 'studio',
  })
  return problems.map(({ path, message }) => ({ path, message }))
}

describe('redirect rules', () => {
  it('accepts a site path to a site path, and to an https address', async () => {
    expect(await problemsOf(redirect('a', '/insights/old', '/insights/new?from=old'))).toEqual([])
    expect(await problemsOf(redirect('b', '/old-report', 'https://example.com/report'))).toEqual([])
  })

  it('requires both addresses, in words an editor can act on', async () => {
    const { source: _s, destination: _d, ...empty } = redirect('a', '', '')
    expect(await problemsOf(empty as DatasetDocument)).toEqual([
      { path: 'source', message: expect.stringContaining('Enter the old address on this site') },
      { path: 'destination', message: expect.stringContaining('Enter where visitors should go') },
    ])
  })

  it('refuses an old address elsewhere, and a destination that is not https', async () => {
    const problems = await problemsOf(redirect('a', 'https://example.com/x', 'javascript:alert(1)'))
    expect(problems.map(({ path }) => path)).toEqual(['source', 'destination'])
  })

  it('refuses a destination equal to the old address', async () => {
    expect(await problemsOf(redirect('a', '/insights/x', '/insights/x/'))).toEqual([
      { path: 'destination', message: 'Send visitors somewhere other than the old address.' },
    ])
  })

  it('refuses a chain: landing on another redirect’s old address', async () => {
    const next = redirect('next', '/insights/b', '/insights/c')
    expect(await problemsOf(redirect('a', '/insights/a', '/insights/b'), [next])).toEqual([
      { path: 'destination', message: expect.stringContaining('enter that address here instead') },
    ])
  })

  it('refuses a chain: starting where another redirect lands', async () => {
    const before = redirect('before', '/insights/a', '/insights/b')
    expect(await problemsOf(redirect('b', '/insights/b', '/insights/c'), [before])).toEqual([
      { path: 'source', message: expect.stringContaining('already sends visitors here') },
    ])
  })

  it('refuses a loop, on both fields', async () => {
    const back = redirect('back', '/insights/b', '/insights/a')
    const problems = await problemsOf(redirect('a', '/insights/a', '/insights/b'), [back])
    expect(problems.map(({ path }) => path)).toEqual(['source', 'destination'])
    expect(problems[0]!.message).toContain('round in a circle')
  })

  it('refuses a second redirect from the same address, but not the draft of the same one', async () => {
    const first = redirect('first', '/insights/a', '/insights/b')
    expect(await problemsOf(redirect('second', '/insights/a', '/insights/c'), [first])).toEqual([
      { path: 'source', message: expect.stringContaining('Another redirect already starts') },
    ])
    const draft = { ...first, _id: 'drafts.redirect-first', destination: '/insights/c' }
    expect(await problemsOf(draft, [first])).toEqual([])
  })
})
