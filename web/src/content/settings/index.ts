import { typeTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { validDocument } from '../validate'
import { SITE_SETTINGS_QUERY } from './query'
import { siteSettingsSchema, type SiteSettings } from './schema'

export type { SiteSettings }

/** The organisation's facts; every page depends on them, so a broken settings document is an error. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const raw = await readContent(SITE_SETTINGS_QUERY, {}, [typeTag('siteSettings')])
  const settings = validDocument(siteSettingsSchema, raw, 'siteSettings')
  if (!settings)
    throw new Error('Site settings are missing or invalid: publish them in the studio.')
  return settings
}
