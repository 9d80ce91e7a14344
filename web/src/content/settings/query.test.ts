import { describe, expect, it } from 'vitest'
import { runQuery } from '@/content/testing/dataset'
import { SITE_SETTINGS_QUERY } from './query'
import { siteSettingsSchema } from './schema'

describe('SITE_SETTINGS_QUERY over the seed dataset', () => {
  it('returns the organisation facts that its schema accepts', async () => {
    const settings = siteSettingsSchema.parse(await runQuery(SITE_SETTINGS_QUERY))
    expect(settings.legalName).toBe('ChaffCent Ventures Limited')
    expect(settings.description).toMatch(/strategic advisory and capability platform/)
  })
})
