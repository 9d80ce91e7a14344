import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import styles from './sections.module.css'
import type { SectionProps } from './section-props'

/** Someone's words set apart, with who said them and their role when the editor gave them. */
export function QuoteSection({ section, tone }: SectionProps<'quoteSection'>) {
  const { quote, attribution, role } = section
  return (
    <Section tone={tone} label="Quote">
      <Container narrow>
        <figure className={styles.quote}>
          <blockquote>
            <p>{quote}</p>
          </blockquote>
          {(attribution || role) && (
            <figcaption>
              {attribution && <cite>{attribution}</cite>}
              {attribution && role && ', '}
              {role}
            </figcaption>
          )}
        </figure>
      </Container>
    </Section>
  )
}
