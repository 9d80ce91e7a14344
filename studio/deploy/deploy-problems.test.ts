import { describe, expect, it } from 'vitest'
import { deployProblems } from './deploy-problems'

const configured = {
  SANITY_STUDIO_PROJECT_ID: 'abc123',
  SANITY_STUDIO_PREVIEW_ORIGIN: 'https://www.chaffcent.com',
}

describe('deploying the studio', () => {
  it('goes ahead with a project and an https preview origin', () => {
    expect(deployProblems(configured)).toEqual([])
  })

  it('refuses without a preview origin, or with a local one', () => {
    const { SANITY_STUDIO_PREVIEW_ORIGIN: _unset, ...withoutOrigin } = configured
    expect(deployProblems(withoutOrigin)).toEqual([
      expect.stringContaining('Set SANITY_STUDIO_PREVIEW_ORIGIN'),
    ])
    const local = { ...configured, SANITY_STUDIO_PREVIEW_ORIGIN: 'http://localhost:3000' }
    expect(deployProblems(local)).toEqual([expect.stringContaining('must be an https address')])
  })

  it('refuses without a project', () => {
    expect(deployProblems({ SANITY_STUDIO_PREVIEW_ORIGIN: 'https://www.chaffcent.com' })).toEqual([
      expect.stringContaining('SANITY_STUDIO_PROJECT_ID'),
    ])
  })
})
