import { TYPE } from '@chaffcent/content/content-types'
import { HOME_INSIGHTS, homeInsightsHeading } from '@chaffcent/content/home-insights'
import { typeTag } from '@chaffcent/content/tags'
import { z } from 'zod'
import { readContent } from '../fetch'
import { contractFields } from '../contract'
import { ARTICLE, articleCard, type ArticleCard, link, listOf, seo, text } from '../schemas'
import { sectorCardSchema } from '../sectors/card'
import { ventureCardSchema } from '../ventures/schema'
import { sharedDocument } from '../shared-document'
import { HOME_QUERY } from './query'

const hero = z.object(
  contractFields('hero', {
    eyebrow: text,
    heading: text,
    text,
    primaryAction: link,
    secondaryAction: link,
  }),
)

export const homeSchema = z.object(
  contractFields(TYPE.home, {
    _id: z.string(),
    hero,
    featuredSectors: listOf(sectorCardSchema, 'home.featuredSectors'),
    featuredVentures: listOf(ventureCardSchema, 'home.featuredVentures'),
    pinnedInsights: listOf(articleCard, 'home.pinnedInsights'),
    latestInsights: listOf(articleCard, 'home.latestInsights'),
    seo,
  }),
)

export type Home = z.output<typeof homeSchema>

/** The home page; a broken publish keeps its last good version (see `sharedDocument`). */
export async function getHome(): Promise<Home | null> {
  // The article type tag: a publish of any article can change the newest ones shown.
  const raw = await readContent(HOME_QUERY, { latestCount: HOME_INSIGHTS.count }, [
    typeTag(TYPE.home),
    typeTag(ARTICLE),
  ])
  return sharedDocument(homeSchema, raw, TYPE.home)
}

/** The articles the home page shows, under a heading that says whether an editor pinned them. */
export function homeInsights(home: Home): { heading: string; articles: ArticleCard[] } {
  const pinned = home.pinnedInsights.length > 0
  return {
    heading: homeInsightsHeading(pinned),
    articles: pinned ? home.pinnedInsights : home.latestInsights,
  }
}
