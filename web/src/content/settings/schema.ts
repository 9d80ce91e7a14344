import { TYPE } from '@chaffcent/content/content-types'
import { z } from 'zod'
import { image } from '../../images/schema'
import { contractFields } from '../contract'
import { cleanString } from '../stega'
import { callToAction, link, listOf, text } from '../schemas'

const postalAddress = z.object(
  contractFields('postalAddress', {
    streetAddress: text,
    addressLocality: text,
    postalCode: text,
    addressCountry: cleanString.pipe(z.string().length(2)),
    countryName: text,
  }),
)

const siteSeo = z.object(
  contractFields('siteSeo', {
    titleSuffix: text,
    ogTitleSuffix: text,
    keywords: listOf(text, 'siteSettings.seo.keywords'),
    twitterTitle: text,
    twitterDescription: text,
    shareImage: image,
  }),
)

const footerColumn = z.object(
  contractFields('footerColumn', {
    _key: z.string(),
    heading: text,
    links: listOf(link, 'siteSettings.footerColumns.links'),
  }),
)

export const siteSettingsSchema = z.object(
  contractFields(TYPE.siteSettings, {
    _id: z.string(),
    legalName: text,
    shortName: text,
    siteUrl: cleanString.pipe(z.url({ protocol: /^https?$/ })),
    description: text,
    address: postalAddress,
    contactEmail: cleanString.pipe(z.email()),
    contactType: text,
    companyNumber: text,
    registration: text,
    areaServed: text,
    knowsAbout: listOf(text, 'siteSettings.knowsAbout'),
    seo: siteSeo,
    headerNavigation: listOf(link, 'siteSettings.headerNavigation'),
    footerColumns: listOf(footerColumn, 'siteSettings.footerColumns'),
    footerDisclaimer: text,
    defaultCallToAction: callToAction,
  }),
)

export type SiteSettings = z.output<typeof siteSettingsSchema>
