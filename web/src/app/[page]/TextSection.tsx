import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { RichText } from '@/components/rich-text/RichText'
import { headingId, type SectionProps } from './section-props'

/** Running text under an optional heading. */
export function TextSection({ section, tone }: SectionProps<'textSection'>) {
  const id = headingId(section)
  return (
    <Section tone={tone} labelledBy={section.heading ? id : undefined}>
      <Container narrow>
        {section.heading && <h2 id={id}>{section.heading}</h2>}
        <RichText value={section.body} />
      </Container>
    </Section>
  )
}
