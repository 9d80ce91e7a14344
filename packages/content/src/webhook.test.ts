import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REVALIDATE_WEBHOOK } from './webhook'

const repository = path.resolve(import.meta.dirname, '..', '..', '..')
const docs = ['docs/going-live.md', 'web/src/publishing/README.md']

describe.each(docs)('%s shows the webhook definition editors must create', (doc) => {
  const text = readFileSync(path.join(repository, doc), 'utf8')

  it.each(['filter', 'projection', 'apiVersion'] as const)('its %s, exactly', (field) => {
    expect(text).toContain(`\`${REVALIDATE_WEBHOOK[field]}\``)
  })
})
