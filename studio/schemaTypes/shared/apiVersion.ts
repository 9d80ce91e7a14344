/** The Content Lake API version the studio's own look-ups (and the Vision tool) ask for. */
export const STUDIO_API_VERSION = '2025-02-19'
