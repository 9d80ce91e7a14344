import type { PageSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { COMPANY_BYLINE } from '../people'
import { h2, linkTo, p } from '../lib/rich-text'
import { documentLink, seo, siteRoute } from '../lib/shapes'

export const whoWeAre: PageSource = {
  slug: 'who-we-are',
  title: 'Who We Are',
  intro:
    'ChaffCent Ventures Limited is a multidisciplinary strategic advisory and capability platform, working with organisations whose operations carry serious consequences.',
  seo: seo({
    description:
      'ChaffCent Ventures Limited: a strategic advisory and capability platform for security, aviation, infrastructure, resilience and advanced technology.',
  }),
  sections: [
    {
      _type: 'textSection',
      heading: 'Our Position',
      body: [
        'Many of the problems our clients face sit between disciplines. A security programme depends on operations, engineering and law as much as on technology. A training system depends on equipment, rostering and documentation as much as on instruction. An advanced technology is only as useful as the decisions it supports and the governance around it.',
        'ChaffCent was established to work at those interfaces. We combine strategic advice with practical capability development: helping organisations understand what they need, define it clearly, bring it into being and sustain it.',
        h2('Advisory and capability together'),
        p(
          'Our advisory work is grounded in how capabilities are actually delivered and used. Our capability work, including the ',
          linkTo(id.venture('aviation-training-assurance'), 'ventures and platforms'),
          ' we develop, is shaped by the same discipline we bring to advice: start from the requirement, think in systems and plan for the whole life of a capability.',
        ),
      ],
    },
    {
      _type: 'cardGrid',
      heading: 'How We Work',
      intro: 'Four principles run through every engagement.',
      cards: [
        {
          title: 'Requirement first',
          text: 'We establish what must be achieved, in what conditions and under what constraints, before discussing solutions.',
        },
        {
          title: 'Systems, not purchases',
          text: 'Capabilities are designed as layered systems of people, process, information and equipment, not assembled from isolated products.',
          link: documentLink(
            'Why layered systems matter',
            id.article('layered-systems-complex-security-environments'),
          ),
        },
        {
          title: 'Through-life thinking',
          text: 'We plan for training, support, updates and governance from the outset, so that a capability still works years after delivery.',
          link: documentLink(
            'Capability through life',
            id.article('capability-development-through-life'),
          ),
        },
        {
          title: 'Discipline, not theatre',
          text: 'Advice is evidence-based, assumptions are stated and recommendations can be traced to the requirement they serve.',
        },
      ],
    },
    {
      _type: 'textSection',
      heading: 'Where We Work',
      body: [
        'ChaffCent Ventures Limited is registered in England & Wales and based in Kington, Herefordshire. We work with organisations in the United Kingdom and internationally, wherever our domains of expertise are needed.',
        p(
          'Our work spans ',
          linkTo(id.sector('aviation'), 'aviation'),
          ', ',
          linkTo(id.sector('security-resilience'), 'security and resilience'),
          ', ',
          linkTo(id.sector('infrastructure-energy'), 'infrastructure and energy'),
          ', ',
          linkTo(id.sector('upstream-oil-gas'), 'upstream oil and gas'),
          ', ',
          linkTo(id.sector('uav-counter-uav'), 'UAV and counter-UAV'),
          ', ',
          linkTo(id.sector('advanced-technology'), 'advanced technology'),
          ', and ',
          linkTo(id.sector('defence-government'), 'defence and government'),
          '.',
        ),
      ],
    },
    {
      _type: 'peopleSection',
      heading: 'Who Writes Our Insights',
      intro: 'Our Insights are written by the people who do the work, and signed by the company.',
      people: [COMPANY_BYLINE],
    },
    {
      _type: 'callToAction',
      eyebrow: 'Work With Us',
      heading: 'Discuss a Requirement or Opportunity',
      text: 'If you have a live requirement, a capability question or a partnership in mind, contact ChaffCent directly.',
      primaryAction: siteRoute('contact', 'Contact ChaffCent'),
      secondaryAction: siteRoute('whatWeDo', 'What We Do →'),
    },
  ],
}
