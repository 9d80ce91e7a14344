import { Arrow, ButtonLink } from '@/components/button-link/ButtonLink'
import type { ArticleCardProps } from '@/components/cards/ArticleCard'
import { ArticleGrid } from '@/components/cards/ArticleGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import styles from './SectorInsights.module.css'

interface SectorInsightsProps {
  sectorTitle: string
  articles: (ArticleCardProps & { key: string })[]
  more: { href: string; label: string }
}

/**
 * A sector's newest insights and where to read more. With none yet, a sentence says so and
 * still offers the Insights list, rather than a heading over nothing.
 */
export function SectorInsights({ sectorTitle, articles, more }: SectorInsightsProps) {
  const link = (
    <p className={styles.more}>
      <ButtonLink href={more.href} variant="secondary">
        {more.label} <Arrow />
      </ButtonLink>
    </p>
  )
  if (articles.length === 0)
    return (
      <Section label={`Insights on ${sectorTitle}`}>
        <Container>
          <p>We have not yet published insights on {sectorTitle}.</p>
          {link}
        </Container>
      </Section>
    )
  return (
    <Section labelledBy="sector-insights-heading">
      <Container>
        <h2 id="sector-insights-heading">Latest insights on {sectorTitle}</h2>
        <ArticleGrid articles={articles} />
        {link}
      </Container>
    </Section>
  )
}
