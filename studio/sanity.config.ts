import { TYPE } from '@chaffcent/content/content-types'
import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { dateOnFirstPublish } from './actions/publishWithDate'
import { redirectOnRename } from './actions/publishWithRedirect'
import { toolsForUser } from './access/vision-for-administrators'
import { apiHost, dataset, previewOrigin, projectId } from './env'
import { schemaTypes } from './schemaTypes'
import { ScheduledArticleBadge } from './schemaTypes/article/scheduled'
import { SANITY_API_VERSION } from '@chaffcent/content/api-version'
import { deskStructure, singletonActions, singletonTemplates } from './structure'
import { locations } from './structure/presentation/locations'
import { mainDocuments } from './structure/presentation/mainDocuments'

export default defineConfig({
  name: 'chaffcent',
  title: 'ChaffCent Ventures',
  projectId,
  dataset,
  ...(apiHost ? { apiHost } : {}),
  plugins: [
    structureTool({ structure: deskStructure }),
    presentationTool({
      previewUrl: {
        initial: previewOrigin,
        previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
      },
      resolve: { locations, mainDocuments },
    }),
    visionTool({ defaultApiVersion: SANITY_API_VERSION }),
  ],
  tools: toolsForUser,
  schema: {
    types: schemaTypes,
    templates: singletonTemplates,
  },
  document: {
    // Publish dates an undated article first, then redirects a renamed one's old address.
    actions: (actions, context) =>
      dateOnFirstPublish(redirectOnRename(singletonActions(actions, context), context), context),
    badges: (badges, { schemaType }) =>
      schemaType === TYPE.article ? [...badges, ScheduledArticleBadge] : badges,
  },
})
