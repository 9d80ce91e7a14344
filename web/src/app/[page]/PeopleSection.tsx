import { linkRel } from '@/components/link-rel'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { SanityImage } from '@/images/SanityImage'
import styles from './people.module.css'
import { headingId as headingIdOf, type SectionProps } from './section-props'

/**
 * Chosen people as cards. Each card's id is the person's slug: their articles' bylines link
 * to `<this page>#<slug>`, so the slug must stay the anchor.
 */
export function PeopleSection({ section, tone }: SectionProps<'peopleSection'>) {
  const headingId = headingIdOf(section)
  return (
    <Section tone={tone} labelledBy={headingId}>
      <Container>
        <h2 id={headingId}>{section.heading}</h2>
        {section.intro && <p>{section.intro}</p>}
        <ul role="list" className={styles.people}>
          {section.people.map((person) => (
            <li key={person.slug} id={person.slug} className={styles.person}>
              {person.photo && (
                <SanityImage
                  image={person.photo}
                  variant="portrait"
                  sizes="160px"
                  className={styles.photo}
                />
              )}
              <h3 className={styles.name}>{person.name}</h3>
              <p className={styles.role}>{person.role}</p>
              {person.bio && <p>{person.bio}</p>}
              {person.linkedIn && (
                <a
                  href={person.linkedIn}
                  className={styles.linkedIn}
                  rel={linkRel(person.linkedIn)}
                >
                  {person.name} on LinkedIn
                </a>
              )}
            </li>
          ))}
        </ul>
      </Container>
    </Section>
  )
}
