import { describe, expect, it } from 'vitest'
import { linkRel } from './link-rel'

describe('linkRel', () => {
  it.each(['https://www.linkedin.com/company/x', 'http://partner.example/', 'HTTPS://x.example'])(
    'keeps %s from the page it leaves',
    (href) => expect(linkRel(href)).toBe('noopener noreferrer'),
  )
  it.each(['/contact', '/insights?page=2', 'mailto:hello@example.com', 'tel:+441234567890'])(
    'needs nothing on %s',
    (href) => expect(linkRel(href)).toBeUndefined(),
  )
})
