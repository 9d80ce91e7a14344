import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { generatedShareImage, type SiteIdentity } from '@chaffcent/content/seo'
import { useEffect, useState } from 'react'
import { useClient } from 'sanity'

/** The settings the site frames every page's metadata with, as web/src/seo/metadata.ts reads them. */
const SITE_IDENTITY_QUERY = `*[_id == "siteSettings"][0]{
  legalName, shortName, siteUrl, description, address, contactEmail, contactType, areaServed,
  knowsAbout, companyNumber, seo{titleSuffix, ogTitleSuffix, keywords, twitterTitle, twitterDescription}
}`

/** The site's identity from the published settings, or null while it loads or if it is missing. */
export function useSiteIdentity(): SiteIdentity | null {
  const client = useClient({ apiVersion: SANITY_API_VERSION })
  const [site, setSite] = useState<SiteIdentity | null>(null)
  useEffect(() => {
    let current = true
    client
      .fetch<SiteIdentity | null>(SITE_IDENTITY_QUERY, {}, { perspective: 'published' })
      .then((settings) => {
        // The site shares its generated card when a page has none of its own.
        if (current && settings?.siteUrl) {
          setSite({ ...settings, seo: { ...settings.seo, shareImage: generatedShareImage() } })
        }
      })
      .catch(() => current && setSite(null))
    return () => {
      current = false
    }
  }, [client])
  return site
}
