import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { visionTool } from '@sanity/vision'
import { dataset, projectId } from './env'
import { schemaTypes } from './schemaTypes'
import { deskStructure, singletonActions, singletonTemplates } from './structure'

export default defineConfig({
  name: 'chaffcent',
  title: 'ChaffCent Ventures',
  projectId,
  dataset,
  plugins: [
    structureTool({ structure: deskStructure }),
    visionTool({ defaultApiVersion: '2025-02-19' }),
  ],
  schema: {
    types: schemaTypes,
    templates: singletonTemplates,
  },
  document: {
    actions: singletonActions,
  },
})
