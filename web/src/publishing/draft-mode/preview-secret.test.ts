import { describe, expect, it } from 'vitest'
import { isPreviewSecretValid } from './preview-secret'

describe('isPreviewSecretValid', () => {
  it('accepts the configured secret', () => {
    expect(isPreviewSecretValid('correct horse battery', 'correct horse battery')).toBe(true)
  })

  it.each([
    ['a wrong secret', 'wrong', 'correct horse battery'],
    ['a prefix of the secret', 'correct', 'correct horse battery'],
    ['the secret with more after it', 'correct horse battery staple', 'correct horse battery'],
    ['a different case', 'Correct Horse Battery', 'correct horse battery'],
    ['no secret given', null, 'correct horse battery'],
    ['an empty secret given', '', 'correct horse battery'],
    ['any secret when none is configured', 'anything', undefined],
    ['an empty secret when none is configured', '', undefined],
  ])('refuses %s', (_name, given, expected) => {
    expect(isPreviewSecretValid(given, expected)).toBe(false)
  })
})
