import { ArticleCard, type ArticleCardProps } from './ArticleCard'
import styles from './Grid.module.css'

interface ArticleGridProps {
  articles: (ArticleCardProps & { key: string })[]
  /** Overrides each card's heading level: 2 when the grid sits directly under the `<h1>`. */
  headingLevel?: 2 | 3
}

/** Article cards in a responsive grid, as a list so its length is announced. */
export function ArticleGrid({ articles, headingLevel }: ArticleGridProps) {
  if (articles.length === 0) return null
  return (
    <ul role="list" className={styles.grid}>
      {articles.map(({ key, ...article }) => (
        <li key={key} className={styles.item}>
          <ArticleCard {...article} headingLevel={headingLevel ?? article.headingLevel} />
        </li>
      ))}
    </ul>
  )
}
