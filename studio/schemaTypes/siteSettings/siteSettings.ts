import { TYPE } from '@chaffcent/content/content-types'
import { CogIcon } from '@sanity/icons/Cog'
import { defineType } from 'sanity'
import { contactFields } from './contactFields'
import { navigationFields } from './navigationFields'
import { organisationFields } from './organisationFields'
import { siteSeoField } from './siteSeoField'

/** Facts and links every page shares. A singleton: the desk opens the one document, id `siteSettings`. */
export const siteSettings = defineType({
  name: TYPE.siteSettings,
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'organisation', title: 'Organisation', default: true },
    { name: 'contact', title: 'Contact' },
    { name: 'navigation', title: 'Menus and footer' },
    { name: 'seo', title: 'Search and sharing' },
  ],
  fields: [...organisationFields, ...contactFields, ...navigationFields, siteSeoField],
  preview: {
    select: { subtitle: 'legalName' },
    prepare: ({ subtitle }) => ({ title: 'Site settings', subtitle }),
  },
})
