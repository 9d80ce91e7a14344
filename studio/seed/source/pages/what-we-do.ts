import type { PageSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { bullets, numbered, strong } from '../lib/rich-text'
import { documentLink, seo, siteRoute } from '../lib/shapes'

export const whatWeDo: PageSource = {
  slug: 'what-we-do',
  title: 'What We Do',
  intro:
    'Strategic advice and capability development for organisations operating where the consequences of failure are serious: from defining a requirement to sustaining the capability that meets it.',
  seo: seo({
    description:
      'Strategic advisory, capability development, aviation training, security and resilience, upstream oil and gas, and UAV and counter-UAV advice.',
  }),
  sections: [
    {
      _type: 'cardGrid',
      heading: 'Our Services',
      intro: 'Six areas of work, often combined within a single engagement.',
      cards: [
        {
          title: 'Strategic Advisory',
          text: 'Independent advice at the points where commitments are made: requirement definition, options analysis, programme review and partner selection.',
          link: documentLink('Defence & Government', id.sector('defence-government')),
        },
        {
          title: 'Capability Development',
          text: 'Turning a requirement into a working capability, with people, training, information, procedures and support planned alongside equipment.',
          link: documentLink('Advanced Technology', id.sector('advanced-technology')),
        },
        {
          title: 'Aviation Training',
          text: 'Training needs analysis, training system design and standards assurance that build operational capability as well as meeting the regulator’s requirements.',
          link: documentLink('Aviation', id.sector('aviation')),
        },
        {
          title: 'Security and Resilience',
          text: 'Layered security programmes, IT and OT coordination, continuity planning and exercises that test decisions under pressure.',
          link: documentLink('Security & Resilience', id.sector('security-resilience')),
        },
        {
          title: 'Upstream Oil and Gas',
          text: 'Security, resilience and operational readiness for remote onshore and offshore operations, where help is distant and operations cannot simply pause.',
          link: documentLink('Upstream Oil & Gas', id.sector('upstream-oil-gas')),
        },
        {
          title: 'UAV and Counter-UAV',
          text: 'Site assessment, requirement definition, lawful response options and the integration of counter-UAV capability into wider security arrangements.',
          link: documentLink('UAV & Counter-UAV', id.sector('uav-counter-uav')),
        },
      ],
    },
    {
      _type: 'textSection',
      heading: 'How an Engagement Runs',
      body: [
        'Every engagement is shaped to the task, but most follow a consistent sequence:',
        numbered(
          [
            strong('Understand. '),
            'We learn how the organisation operates, what it must protect or achieve, and the constraints it works within.',
          ],
          [
            strong('Define. '),
            'We set out the requirement in operational terms, with the assumptions and evidence behind it.',
          ],
          [
            strong('Design. '),
            'We develop options across people, process, information and equipment, and assess them against the requirement.',
          ],
          [
            strong('Support. '),
            'We help bring the chosen option into being, working alongside the organisation’s own teams and partners.',
          ],
          [
            strong('Review. '),
            'We test whether the capability is delivering what was intended, and recommend changes where it is not.',
          ],
        ),
        'Clients can engage us for a single stage, such as an independent review, or for the whole sequence.',
      ],
    },
    {
      _type: 'textSection',
      heading: 'What You Can Expect',
      body: [
        bullets(
          'Advice written plainly, with assumptions stated and reasoning that can be checked.',
          'Attention to the legal, regulatory and safety context of every recommendation.',
          'Discretion in handling sensitive information, and clear agreement at the outset on how it will be handled.',
          'Recommendations that consider the whole life of a capability, not only its delivery.',
        ),
      ],
    },
    {
      _type: 'faqSection',
      heading: 'Questions Clients Ask',
      items: [
        {
          question: 'Which organisations do you work with?',
          answer:
            'Organisations operating where the consequences of failure are serious: in security, aviation, infrastructure and energy, resilience, upstream oil and gas, UAV and counter-UAV, and advanced technology. Each sector we serve has its own page.',
        },
        {
          question: 'Can we engage you for a single piece of work?',
          answer:
            'Yes. Clients can engage us for a single stage, such as an independent review, or for the whole sequence: from understanding the organisation and defining the requirement to reviewing whether the capability delivers what was intended.',
        },
        {
          question: 'Do your recommendations cover more than equipment?',
          answer:
            'Yes. A capability depends on people, training, information, procedures and support as well as equipment. Our options are developed across all of them, and our recommendations consider the whole life of the capability, not only its delivery.',
        },
        {
          question: 'How is sensitive information handled?',
          answer:
            'With discretion. How information will be handled is agreed clearly at the outset of an engagement, before any is shared.',
        },
        {
          question: 'How do we start a conversation?',
          answer:
            'Tell us about the problem you are working on through our contact page. We will say plainly whether and how we can help.',
        },
      ],
    },
    {
      _type: 'callToAction',
      eyebrow: 'Get in Touch',
      heading: 'Discuss a Requirement or Opportunity',
      text: 'Tell us about the problem you are working on. We will say plainly whether and how we can help.',
      primaryAction: siteRoute('contact', 'Contact ChaffCent'),
      secondaryAction: siteRoute('sectors', 'Sectors We Serve →'),
    },
  ],
}
