/** The size and default wording of the generated share cards, shared with the studio's preview. */
export { DEFAULT_SHARE_ALT, SHARE_IMAGE_SIZE } from '@chaffcent/content/seo'
