import { documentTag, typeTag } from '@chaffcent/content/tags'
import { articleCard, type ArticleCard } from '../schemas'
import { readContent } from '../fetch'
import { validDocument, validList } from '../validate'
import {
  ARTICLE_INDEX_QUERY,
  ARTICLE_QUERY,
  ARTICLE_SLUGS_QUERY,
  LATEST_ARTICLES_QUERY,
} from './query'
import { articleIndexSchema, articleSchema, articleSlugsSchema, type Article } from './schema'

export type { Article, ArticleCard }

export const ARTICLES_PER_PAGE = 12

/** One article by slug, or null (the page answers 404). Its "Further Reading" lists other articles, hence the type tag. */
export async function getArticle(slug: string): Promise<Article | null> {
  const raw = await readContent(ARTICLE_QUERY, { slug }, [
    documentTag('article', slug),
    typeTag('article'),
  ])
  return validDocument(articleSchema, raw, 'article')
}

/** The editor's related articles, else the newest of the same category. */
export function furtherReading(article: Article): ArticleCard[] {
  return article.related.length > 0 ? article.related : article.newestInCategory
}

export async function getArticleIndex(page: number, category: string | null) {
  const start = (page - 1) * ARTICLES_PER_PAGE
  const raw = await readContent(
    ARTICLE_INDEX_QUERY,
    { category, start, end: start + ARTICLES_PER_PAGE },
    [typeTag('article'), typeTag('category')],
  )
  const index = validDocument(articleIndexSchema, raw, 'insights index')
  const total = index?.total ?? 0
  return {
    articles: index?.articles ?? [],
    total,
    pageCount: Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE)),
  }
}

export async function getLatestArticles(limit: number): Promise<ArticleCard[]> {
  const raw = await readContent(LATEST_ARTICLES_QUERY, { limit }, [typeTag('article')])
  return validList(articleCard, raw, 'latest articles')
}

export async function getArticleSlugs(): Promise<string[]> {
  const raw = await readContent(ARTICLE_SLUGS_QUERY, {}, [typeTag('article')])
  return validList(articleSlugsSchema, raw, 'article slugs').map(({ slug }) => slug)
}
