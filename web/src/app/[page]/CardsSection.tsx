import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { headingId, type SectionProps } from './section-props'

/** Cards side by side, each with its own image and link when the editor gave one. */
export function CardsSection({ section, tone }: SectionProps<'cardGrid'>) {
  const id = headingId(section)
  return (
    <Section tone={tone} labelledBy={section.heading ? id : undefined}>
      <Container>
        {section.heading && <h2 id={id}>{section.heading}</h2>}
        {section.intro && <p>{section.intro}</p>}
        <CardGrid
          headingLevel={section.heading ? 3 : 2}
          items={section.cards.map((card) => ({
            key: card._key,
            title: card.title,
            text: card.text,
            image: card.image,
            href: card.link?.href,
          }))}
        />
      </Container>
    </Section>
  )
}
