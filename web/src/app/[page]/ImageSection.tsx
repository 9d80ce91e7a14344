import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { SanityImage } from '@/images/SanityImage'
import styles from './sections.module.css'
import type { SectionProps } from './section-props'

/** One picture across the reading column, with its caption beneath. */
export function ImageSection({ section, tone }: SectionProps<'imageSection'>) {
  return (
    <Section tone={tone} label={section.caption ?? (section.image.alt || 'Image')}>
      <Container narrow>
        <figure className={styles.figure}>
          <SanityImage
            image={section.image}
            variant="richText"
            sizes="(min-width: 48rem) 44rem, 100vw"
          />
          {section.caption && <figcaption>{section.caption}</figcaption>}
        </figure>
      </Container>
    </Section>
  )
}
