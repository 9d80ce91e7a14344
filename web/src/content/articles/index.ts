import { documentTag, typeTag } from '@chaffcent/content/tags'
import { draftMode } from 'next/headers'
import { z } from 'zod'
import { ARTICLE, articleCard, type ArticleCard } from '../schemas'
import { readContent } from '../fetch'
import { validDocument, validList } from '../validate'
import { ARTICLE_INDEX_QUERY, ARTICLE_QUERY, LATEST_ARTICLES_QUERY } from './query'
import { pageCountOf, pageRange } from './pagination'
import { articleSchema, type Article } from './schema'

export type { Article, ArticleCard }

/**
 * One article by slug, or null (the page answers 404); in preview, scheduled ones too. Its
 * "Further Reading" lists other articles, hence the type tag.
 */
export async function getArticle(slug: string): Promise<Article | null> {
  const { isEnabled: preview } = await draftMode()
  const raw = await readContent(ARTICLE_QUERY, { slug, preview }, [
    documentTag(ARTICLE, slug),
    typeTag(ARTICLE),
  ])
  return validDocument(articleSchema, raw, ARTICLE)
}

/** The editor's related articles, else the newest of the same category. */
export function furtherReading(article: Article): ArticleCard[] {
  return article.related.length > 0 ? article.related : article.newestInCategory
}

const articleIndexSchema = z.object({
  total: z.number().int().nonnegative(),
  articles: z.unknown(),
})

/**
 * A page of the Insights index: only its own articles are read, and the page count comes from
 * the listing's count. A category's publish reaches it through the article tag (articles show
 * categories).
 */
export async function getArticleIndex(page: number, category: string | null) {
  const raw = await readContent(ARTICLE_INDEX_QUERY, { category, ...pageRange(page) }, [
    typeTag(ARTICLE),
  ])
  const index = articleIndexSchema.safeParse(raw)
  if (!index.success)
    console.error('[content] the insights index is not a counted page; showing none')
  const { total, articles } = index.data ?? { total: 0, articles: [] }
  return {
    articles: validList(articleCard, articles, 'insights index'),
    total,
    pageCount: pageCountOf(total),
  }
}

export async function getLatestArticles(limit: number): Promise<ArticleCard[]> {
  const raw = await readContent(LATEST_ARTICLES_QUERY, { limit }, [typeTag(ARTICLE)])
  return validList(articleCard, raw, 'latest articles')
}
