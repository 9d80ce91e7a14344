/** The size and default wording of the generated share cards, without the renderer and its fonts. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

export const DEFAULT_SHARE_ALT =
  'ChaffCent Ventures Limited: strategic advisory and capability development'
