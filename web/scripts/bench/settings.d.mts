export const WEB_DIR: string
export const OUTPUT_DIR: string
export const SEED_DATASET: string
export const ARTICLE_ID: string
export const ARTICLE_PATH: string
export function embeddedEnv(extra?: Record<string, string>): NodeJS.ProcessEnv
export const SITE_DIST_DIR: string
export const PORTS: { empty: number; site: number; publish: number; load: number }
