import { describe, expect, it } from 'vitest'
import { navCurrent } from './nav-current'

describe('navCurrent', () => {
  it('marks the link to the page being shown', () => {
    expect(navCurrent('/insights', '/insights')).toBe('page')
    expect(navCurrent('/', '/')).toBe('page')
    expect(navCurrent('/who-we-are/', '/who-we-are')).toBe('page')
  })

  it('marks the section link on a page beneath it', () => {
    expect(navCurrent('/insights/it-ot-convergence', '/insights')).toBe('true')
  })

  it('never treats home as the section of every page', () => {
    expect(navCurrent('/insights', '/')).toBeUndefined()
  })

  it('does not confuse a shared prefix with a parent section', () => {
    expect(navCurrent('/ventures-archive', '/ventures')).toBeUndefined()
  })

  it('ignores the query string and fragment of the link', () => {
    expect(navCurrent('/insights', '/insights?category=technology')).toBe('page')
    expect(navCurrent('/contact', '/contact#form')).toBe('page')
  })

  it('marks nothing when the path is unknown or the link leaves the site', () => {
    expect(navCurrent(null, '/insights')).toBeUndefined()
    expect(navCurrent('/insights', 'https://example.com/insights')).toBeUndefined()
  })
})
