import { CardGrid } from '@/components/cards/CardGrid'
import { Container } from '@/components/layout/Container'
import { Section } from '@/components/layout/Section'
import { RichText } from '@/components/rich-text/RichText'
import type { PageSection } from '@/content/pages'
import { CallToAction } from '@/site/CallToAction'
import { ContactSection } from './ContactSection'
import { EnquirySection } from './EnquirySection'
import { PeopleSection } from './PeopleSection'

/** Each section an editor placed on the page (at `path`), in their order, alternating backgrounds. */
export function PageSections({ sections, path }: { sections: PageSection[]; path: string }) {
  return sections.map((section, index) => {
    const tone = index % 2 === 1 ? 'mid' : 'default'
    const headingId = `section-${section._key}`
    switch (section._type) {
      case 'textSection':
        return (
          <Section
            key={section._key}
            tone={tone}
            labelledBy={section.heading ? headingId : undefined}
          >
            <Container narrow>
              {section.heading && <h2 id={headingId}>{section.heading}</h2>}
              <RichText value={section.body} />
            </Container>
          </Section>
        )
      case 'cardGrid':
        return (
          <Section
            key={section._key}
            tone={tone}
            labelledBy={section.heading ? headingId : undefined}
          >
            <Container>
              {section.heading && <h2 id={headingId}>{section.heading}</h2>}
              {section.intro && <p>{section.intro}</p>}
              <CardGrid
                headingLevel={section.heading ? 3 : 2}
                items={section.cards.map((card) => ({
                  key: card._key,
                  title: card.title,
                  text: card.text,
                  href: card.link?.href,
                }))}
              />
            </Container>
          </Section>
        )
      case 'callToAction':
        return <CallToAction key={section._key} cta={section} />
      case 'contactDetails':
        return <ContactSection key={section._key} heading={section.heading} text={section.text} />
      case 'enquiryForm':
        return (
          <EnquirySection
            key={section._key}
            heading={section.heading}
            intro={section.intro}
            tone={tone}
            path={path}
          />
        )
      case 'peopleSection':
        return <PeopleSection key={section._key} section={section} tone={tone} />
    }
  })
}
