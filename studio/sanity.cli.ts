import { DEFAULT_STUDIO_HOSTNAME } from '@chaffcent/content/studio-host'
import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './env'

export default defineCliConfig({
  api: { projectId, dataset },
  // The hosted studio's address: https://<studioHost>.sanity.studio
  studioHost: process.env.SANITY_STUDIO_HOSTNAME || DEFAULT_STUDIO_HOSTNAME,
  // Auto-updates fetch the studio runtime from Sanity's CDN at build time; builds here are offline.
  deployment: { autoUpdates: false },
  typegen: {
    path: '../web/src/**/*.{ts,tsx}',
    schema: './schema.json',
    generates: '../web/src/sanity.types.ts',
    overloadClientMethods: false,
  },
})
