/**
 * The hosted studio's address, `https://<hostname>.sanity.studio`. The studio deploys to
 * it and the site lets it (and only it, unless told otherwise) frame pages for previews.
 */
export const DEFAULT_STUDIO_HOSTNAME = 'chaffcent'

export function studioOrigin(hostname: string = DEFAULT_STUDIO_HOSTNAME): string {
  return `https://${hostname}.sanity.studio`
}
