import type { ReactNode } from 'react'
import type { PageSection } from '@/content/pages'
import { CallToAction } from '@/site/CallToAction'
import { CardsSection } from './CardsSection'
import { ContactSection } from './ContactSection'
import { EnquirySection } from './EnquirySection'
import { FaqSection } from './FaqSection'
import { ImageSection } from './ImageSection'
import { PeopleSection } from './PeopleSection'
import { QuoteSection } from './QuoteSection'
import type { SectionProps } from './section-props'
import { TextSection } from './TextSection'

type Renderers = {
  [T in PageSection['_type']]: (props: SectionProps<T>) => ReactNode | Promise<ReactNode>
}

/** The component that draws each kind of section: a new kind adds its line here. */
const RENDERERS: Renderers = {
  textSection: TextSection,
  cardGrid: CardsSection,
  imageSection: ImageSection,
  quoteSection: QuoteSection,
  faqSection: FaqSection,
  peopleSection: PeopleSection,
  callToAction: ({ section }) => <CallToAction cta={section} />,
  contactDetails: ({ section }) => <ContactSection heading={section.heading} text={section.text} />,
  enquiryForm: ({ section, tone, path }) => (
    <EnquirySection heading={section.heading} intro={section.intro} tone={tone} path={path} />
  ),
}

/** Each section an editor placed on the page (at `path`), in their order, alternating backgrounds. */
export function PageSections({ sections, path }: { sections: PageSection[]; path: string }) {
  return sections.map((section, index) => {
    // Indexed by the section's own type, so its props fit; TypeScript cannot follow that link.
    const Render = RENDERERS[section._type] as (
      props: SectionProps<PageSection['_type']>,
    ) => ReactNode
    return (
      <Render
        key={section._key}
        section={section}
        tone={index % 2 === 1 ? 'mid' : 'default'}
        path={path}
      />
    )
  })
}
