import { TYPE } from '@chaffcent/content/content-types'
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import type { ImageHost } from '@chaffcent/content/image-url'
import {
  DEFAULT_SHARE_ALT,
  generatedShareImage,
  sharingImage,
  type ShareableImage,
} from '@chaffcent/content/seo/share-card'
import type { SiteIdentity } from '@chaffcent/content/seo/types'
import { useEffect, useState } from 'react'
import { useClient } from 'sanity'

/** The settings the site frames every page's metadata with, as web/src/seo/metadata.ts reads them. */
const SITE_IDENTITY_QUERY = `*[_id == "${TYPE.siteSettings}"][0]{
  legalName, shortName, siteUrl, description, address, contactEmail, contactType, areaServed,
  knowsAbout, companyNumber,
  seo{titleSuffix, ogTitleSuffix, keywords, twitterTitle, twitterDescription, shareImage}
}`

type StoredSettings = Omit<SiteIdentity, 'seo'> & {
  seo?: Omit<NonNullable<SiteIdentity['seo']>, 'shareImage'> & { shareImage?: ShareableImage }
}

/**
 * Where this studio's project serves its images, as @sanity/image-url would derive it
 * from the client: `api.sanity.io` → `cdn.sanity.io`, or a local lake's own host.
 */
export function useImageHost(): ImageHost {
  const {
    projectId = '',
    dataset = '',
    apiHost = 'https://api.sanity.io',
  } = useClient({
    apiVersion: SANITY_API_VERSION,
  }).config()
  return { projectId, dataset, baseUrl: apiHost.replace(/^https:\/\/api\./, 'https://cdn.') }
}

/** The site's identity from the published settings, or null while it loads or if it is missing. */
export function useSiteIdentity(): SiteIdentity | null {
  const client = useClient({ apiVersion: SANITY_API_VERSION })
  const images = useImageHost()
  const [site, setSite] = useState<SiteIdentity | null>(null)
  useEffect(() => {
    let current = true
    client
      .fetch<StoredSettings | null>(SITE_IDENTITY_QUERY, {}, { perspective: 'published' })
      .then((settings) => {
        // As the site: the editors' default sharing image, else its generated card.
        if (current && settings?.siteUrl) {
          const shareImage =
            sharingImage([settings.seo?.shareImage], DEFAULT_SHARE_ALT, images) ??
            generatedShareImage()
          setSite({ ...settings, seo: { ...settings.seo, shareImage } })
        }
      })
      .catch(() => current && setSite(null))
    return () => {
      current = false
    }
  }, [client, images.projectId, images.dataset, images.baseUrl])
  return site
}
