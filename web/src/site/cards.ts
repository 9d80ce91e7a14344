import { hrefFor } from '@chaffcent/content/routes'
import type { ArticleCard } from '@/content/articles'
import type { SectorCard } from '@/content/sectors'
import { ventureStatusTitle } from '@chaffcent/content/venture-status'
import type { VentureCard } from '@/content/ventures'

/** What an article card component needs from an article. */
export function articleCardProps(article: ArticleCard) {
  return {
    key: article._id,
    href: hrefFor(article) ?? '/insights',
    title: article.title,
    category: article.category.title,
    excerpt: article.excerpt,
    publishedAt: article.publishedAt,
    image: article.coverImage,
  }
}

/** A sector as an item of a card grid. */
export function sectorCardItem(sector: SectorCard) {
  return {
    key: sector._id,
    title: sector.title,
    text: sector.summary,
    href: hrefFor(sector) ?? undefined,
  }
}

/** A venture as an item of a card grid, its status as the card's label. */
export function ventureCardItem(venture: VentureCard) {
  return {
    key: venture._id,
    title: venture.name,
    text: venture.summary,
    meta: ventureStatusTitle(venture.status),
    href: hrefFor(venture) ?? undefined,
    logo: venture.logo,
  }
}
