import type { PageSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { bullets, linkTo, p } from '../lib/rich-text'
import { documentLink, seo, siteRoute } from '../lib/shapes'

export const partnerships: PageSource = {
  slug: 'partnerships',
  title: 'Partnerships',
  intro:
    'ChaffCent works with partners where a combination of capabilities serves a requirement better than either party could alone. We approach partnership with the same discipline we bring to advice.',
  seo: seo({
    description:
      'How ChaffCent Ventures works with delivery partners, technology developers, industry and specialist associates.',
  }),
  sections: [
    {
      _type: 'textSection',
      heading: 'Why We Partner',
      body: [
        'The requirements our clients bring rarely fit neatly within one organisation’s expertise. A counter-UAV requirement may call for airspace, security and legal knowledge alongside technical evaluation. A remote operations review may need regional knowledge and specialist engineering input. Partnership allows the right expertise to be brought to a task without pretending that one organisation holds all of it.',
        'We partner deliberately. Each partnership has a defined purpose, clear roles and terms that the client can see and understand.',
      ],
    },
    {
      _type: 'cardGrid',
      heading: 'Partnership Models',
      cards: [
        {
          title: 'Delivery partnerships',
          text: 'ChaffCent leads an engagement and brings in partners with specific technical, sector or regional expertise as the task requires.',
          link: documentLink(
            'Upstream Resilience Partnership',
            id.venture('upstream-resilience-partnership'),
          ),
        },
        {
          title: 'Technology collaboration',
          text: 'We work with developers of advanced technology to understand operational requirements, integration and governance, so that their products fit real operations.',
          link: documentLink('Advanced Technology', id.sector('advanced-technology')),
        },
        {
          title: 'Industry support',
          text: 'We help organisations entering or working in our sectors to understand the requirements, regulation and operating conditions they will meet.',
        },
        {
          title: 'Specialist associates',
          text: 'Experienced practitioners who join ChaffCent engagements where their expertise is needed, under our standards and governance.',
        },
      ],
    },
    {
      _type: 'textSection',
      heading: 'What We Look For',
      body: [
        'We look for partners who share our approach to serious work:',
        bullets(
          'relevant, demonstrable expertise in the task at hand;',
          'integrity and transparency in commercial dealings, including the open declaration of interests;',
          'respect for the legal, regulatory and safety context in which our clients operate;',
          'careful handling of sensitive information;',
          'responsible business practices, including in their own supply chains.',
        ),
        p(
          'Our expectations of partners on labour standards are set out in our ',
          linkTo(id.legal('modern-slavery'), 'Modern Slavery Statement'),
          '.',
        ),
      ],
    },
    {
      _type: 'callToAction',
      eyebrow: 'Partnerships',
      heading: 'Propose a Partnership',
      text: 'If you see an opportunity to work together, tell us what you have in mind and the requirement it would serve.',
      primaryAction: siteRoute('contact', 'Contact ChaffCent'),
      secondaryAction: siteRoute('ventures', 'Ventures & Platforms →'),
    },
  ],
}
