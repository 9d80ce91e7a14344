import { CLIENT_ARTICLE, CLIENT_SITE } from '../client-record'

/** The SEO tests' site and article: the client's own record. */
export const CHAFFCENT_SITE = CLIENT_SITE
export const ARTICLE_TITLE = CLIENT_ARTICLE.title
export const ARTICLE_PATH = `/insights/${CLIENT_ARTICLE.slug}`
