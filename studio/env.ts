/**
 * The hosted Sanity project the studio edits. Offline builds, schema extraction and the
 * tests need no project, so a placeholder stands in until the environment names one.
 */
export const PLACEHOLDER_PROJECT_ID = 'placeholder'

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || PLACEHOLDER_PROJECT_ID
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

/** Where the Presentation tool opens the site; the web's `next dev` by default. */
export const previewOrigin = process.env.SANITY_STUDIO_PREVIEW_ORIGIN || 'http://localhost:3000'
