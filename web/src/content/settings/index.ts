import { TYPE } from '@chaffcent/content/content-types'
import { typeTag } from '@chaffcent/content/tags'
import { readContent } from '../fetch'
import { sharedDocument } from '../shared-document'
import { SITE_SETTINGS_QUERY } from './query'
import { siteSettingsSchema, type SiteSettings } from './schema'

export type { SiteSettings }

/**
 * The organisation's facts. Every page depends on them: a broken publish keeps the last
 * good version (see `sharedDocument`); with none at all, the page cannot be drawn.
 */
export async function getSiteSettings(): Promise<SiteSettings> {
  const raw = await readContent(SITE_SETTINGS_QUERY, {}, [typeTag(TYPE.siteSettings)])
  const settings = sharedDocument(siteSettingsSchema, raw, TYPE.siteSettings)
  if (!settings)
    throw new Error('Site settings are missing or invalid: publish them in the studio.')
  return settings
}
