import { useId } from 'react'
import { Container } from '../layout/Container'
import { Section } from '../layout/Section'
import { RichText, type RichTextValue } from '../rich-text/RichText'
import styles from './sections.module.css'

interface TextSectionProps {
  heading?: string
  body: RichTextValue
  tone?: 'default' | 'mid'
}

/** A page's prose section: an optional `<h2>` over rich text in the reading column. */
export function TextSection({ heading, body, tone }: TextSectionProps) {
  const headingId = useId()
  return (
    <Section tone={tone} labelledBy={heading ? headingId : undefined}>
      <Container narrow>
        {heading ? (
          <h2 id={headingId} className={styles.heading}>
            {heading}
          </h2>
        ) : null}
        <RichText value={body} />
      </Container>
    </Section>
  )
}
