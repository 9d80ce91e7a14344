import { ArticleGrid } from '../cards/ArticleGrid'
import type { ArticleCardProps } from '../cards/ArticleCard'
import { Container } from '../layout/Container'
import { Section } from '../layout/Section'
import styles from './RelatedArticles.module.css'

interface RelatedArticlesProps {
  articles: (ArticleCardProps & { key: string })[]
}

/** "Further Reading" under an article; absent when the article names no related ones. */
export function RelatedArticles({ articles }: RelatedArticlesProps) {
  if (articles.length === 0) return null
  return (
    <Section tone="mid" labelledBy="related-heading">
      <Container>
        <h2 id="related-heading" className={styles.heading}>
          Further Reading
        </h2>
        <ArticleGrid articles={articles} />
      </Container>
    </Section>
  )
}
