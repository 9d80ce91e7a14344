import type { CurrentUser, Tool } from 'sanity'
import { describe, expect, it } from 'vitest'
import config from '../sanity.config'
import { toolsForUser } from './vision-for-administrators'

/** Someone signed in to the studio with the given roles. */
function userWith(...roles: string[]): CurrentUser {
  return {
    id: 'p1',
    name: 'Editor',
    email: 'e@example.com',
    role: roles[0] ?? '',
    roles: roles.map((name) => ({ name, title: name })),
  }
}

const tools = [{ name: 'structure' }, { name: 'presentation' }, { name: 'vision' }] as Tool[]
const names = (list: Tool[]) => list.map((tool) => tool.name)

describe('Vision is for administrators only', () => {
  it('shows every tool to an administrator', () => {
    expect(names(toolsForUser(tools, { currentUser: userWith('administrator') }))).toEqual([
      'structure',
      'presentation',
      'vision',
    ])
  })

  it('hides Vision from an editor, a viewer and anyone signed out', () => {
    for (const currentUser of [userWith('editor'), userWith('viewer'), null]) {
      expect(names(toolsForUser(tools, { currentUser }))).toEqual(['structure', 'presentation'])
    }
  })

  it('is how the studio configuration filters its tools', () => {
    expect(config.tools).toBe(toolsForUser)
  })
})
