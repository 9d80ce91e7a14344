import { faqPageJsonLd } from '@chaffcent/content/seo/json-ld'
import { JsonLd } from '@/components/json-ld/JsonLd'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import type { Page } from '@/content/pages'
import { getSiteSettings } from '@/content/settings'
import { siteIdentity } from '@/seo/metadata'
import styles from './sections.module.css'
import { headingId, type SectionProps } from './section-props'

/**
 * Questions and answers: each question a disclosure (a native `<details>`, so it opens with
 * the keyboard and without scripts, and a screen reader hears it as a button that expands).
 */
export function FaqSection({ section, tone }: SectionProps<'faqSection'>) {
  const id = headingId(section)
  return (
    <Section
      tone={tone}
      labelledBy={section.heading ? id : undefined}
      label="Questions and answers"
    >
      <Container narrow>
        {section.heading && <h2 id={id}>{section.heading}</h2>}
        <div className={styles.faq}>
          {section.items.map((item) => (
            <details key={item._key}>
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
            </details>
          ))}
        </div>
      </Container>
    </Section>
  )
}

/** One `FAQPage` for the whole page, however many question sections it has (none: nothing). */
export async function FaqJsonLd({ page, path }: { page: Page; path: string }) {
  const items = page.sections.flatMap((section) =>
    section._type === 'faqSection' ? section.items : [],
  )
  if (items.length === 0) return null
  const settings = await getSiteSettings()
  return <JsonLd data={faqPageJsonLd(siteIdentity(settings), path, items)} />
}
