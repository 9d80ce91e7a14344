import type { SchemaTypeDefinition } from 'sanity'
import { article } from './article/article'
import { category } from './category/category'
import { enquiry } from './enquiry/enquiry'
import { home } from './home/home'
import { legalDocument } from './legalDocument/legalDocument'
import { listingPage } from './listingPage/listingPage'
import { accessibleImage } from './objects/accessibleImage'
import { callToAction } from './objects/callToAction'
import { footerColumn } from './objects/footerColumn'
import { link } from './objects/link'
import { postalAddress } from './objects/postalAddress'
import { seo } from './objects/seo'
import { sectionTypes } from './page/sections'
import { page } from './page/page'
import { person } from './person/person'
import { redirect } from './redirect/redirect'
import { externalLink } from './richText/externalLink'
import { internalLink } from './richText/internalLink'
import { richText } from './richText/richText'
import { sector } from './sector/sector'
import { siteSettings } from './siteSettings/siteSettings'
import { venture } from './venture/venture'

/** Every document type, in the order CONTENT_MODEL.md lists them. */
export const documentTypes = [
  siteSettings,
  home,
  article,
  category,
  sector,
  venture,
  legalDocument,
  page,
  person,
  listingPage,
  redirect,
  enquiry,
]

/** The shared pieces documents are built from. */
export const objectTypes = [
  link,
  callToAction,
  seo,
  accessibleImage,
  postalAddress,
  footerColumn,
  richText,
  internalLink,
  externalLink,
  ...sectionTypes,
]

export const schemaTypes: SchemaTypeDefinition[] = [...documentTypes, ...objectTypes]
