/**
 * The hosted Sanity project the studio edits. Offline builds, schema extraction and the
 * tests need no project, so a placeholder stands in until the environment names one.
 */
export const PLACEHOLDER_PROJECT_ID = 'placeholder'

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || PLACEHOLDER_PROJECT_ID
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production'

/**
 * What the local Content Lake's studio server (packages/local-lake) tells a served studio in
 * meta tags: which API host to use, which site to preview. A hosted studio has no such tags.
 */
export const LOCAL_META = {
  apiHost: 'chaffcent-api-host',
  previewOrigin: 'chaffcent-preview-origin',
}

function fromPage(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined
}

/** Where the Presentation tool opens the site; the web's `next dev` by default. */
export const previewOrigin =
  fromPage(LOCAL_META.previewOrigin) ||
  process.env.SANITY_STUDIO_PREVIEW_ORIGIN ||
  'http://localhost:3000'

/**
 * Sanity's API host: the local Content Lake when it served the page, else the one the build
 * names (`SANITY_STUDIO_API_HOST`), else Sanity's own. So one build serves both the hosted
 * studio and the offline one (`pnpm local`).
 */
export const apiHost = fromPage(LOCAL_META.apiHost) || process.env.SANITY_STUDIO_API_HOST
