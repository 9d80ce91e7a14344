import { TYPE } from '@chaffcent/content/content-types'
import { defineQuery } from 'next-sanity'
import { CALL_TO_ACTION_FIELDS, IMAGE_FIELDS, LINK_FIELDS } from '../fragments'

export const SITE_SETTINGS_QUERY =
  defineQuery(`*[_type == "${TYPE.siteSettings}" && _id == "${TYPE.siteSettings}"][0]{
  _id,
  legalName,
  shortName,
  siteUrl,
  description,
  address{streetAddress, addressLocality, postalCode, addressCountry, countryName},
  contactEmail,
  contactType,
  companyNumber,
  registration,
  areaServed,
  knowsAbout,
  seo{titleSuffix, ogTitleSuffix, keywords, twitterTitle, twitterDescription, shareImage{${IMAGE_FIELDS}}},
  headerNavigation[]{${LINK_FIELDS}},
  footerColumns[]{_key, heading, links[]{${LINK_FIELDS}}},
  footerDisclaimer,
  defaultCallToAction{${CALL_TO_ACTION_FIELDS}}
}`)
