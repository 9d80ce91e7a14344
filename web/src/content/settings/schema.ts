import { z } from 'zod'
import { callToAction, link, listOf, text } from '../schemas'

export const siteSettingsSchema = z.object({
  _id: z.string(),
  legalName: text,
  shortName: text,
  siteUrl: z.url({ protocol: /^https?$/ }),
  description: text,
  address: z.object({
    streetAddress: text,
    addressLocality: text,
    postalCode: text,
    addressCountry: z.string().length(2),
    countryName: text,
  }),
  contactEmail: z.email(),
  contactType: text,
  companyNumber: text,
  registration: text,
  areaServed: text,
  knowsAbout: z.array(text),
  seo: z.object({
    titleSuffix: text,
    ogTitleSuffix: text,
    keywords: z.array(text),
    twitterTitle: text,
    twitterDescription: text,
  }),
  headerNavigation: listOf(link, 'siteSettings.headerNavigation'),
  footerColumns: listOf(
    z.object({
      _key: z.string(),
      heading: text,
      links: listOf(link, 'siteSettings.footerColumns.links'),
    }),
    'siteSettings.footerColumns',
  ),
  footerDisclaimer: text,
  defaultCallToAction: callToAction,
})

export type SiteSettings = z.output<typeof siteSettingsSchema>
