import { describe, expect, it } from 'vitest'
import { articleJsonLd } from './json-ld'
import { serializeJsonLd } from './serialize'
import { CHAFFCENT_SITE as site } from './site.fixture'

const hostileTitle = 'Risk </script><script>alert(1)</script> & more\u2028next\u2029end > all'

describe('serializeJsonLd', () => {
  const json = serializeJsonLd(
    articleJsonLd(site, {
      title: hostileTitle,
      description: 'd',
      path: '/insights/x',
      publishedAt: '2025-04-08',
    }),
  )

  it('leaves no character that could end the script element or break a line', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).not.toContain('</script>')
    expect(json).toContain(
      '"headline":"Risk \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more\\u2028next\\u2029end \\u003e all"',
    )
  })

  it('still parses back to exactly the same value', () => {
    expect(JSON.parse(json)).toMatchObject({ '@type': 'Article', headline: hostileTitle })
  })

  it('escapes characters in keys and arrays too', () => {
    expect(serializeJsonLd({ '<k>': ['a&b'] })).toBe('{"\\u003ck\\u003e":["a\\u0026b"]}')
  })
})
