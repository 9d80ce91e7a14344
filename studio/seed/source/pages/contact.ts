import type { PageSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { bullets, linkTo, p } from '../lib/rich-text'
import { seo } from '../lib/shapes'

export const contact: PageSource = {
  slug: 'contact',
  title: 'Contact',
  intro:
    'For a live requirement, a capability question or a partnership opportunity, contact ChaffCent directly.',
  seo: seo({
    description:
      'Contact ChaffCent Ventures Limited about a requirement, a capability question or a partnership opportunity.',
  }),
  sections: [
    {
      _type: 'contactDetails',
      heading: 'Contact Details',
      text: 'Email is the quickest way to reach us. Please tell us briefly who you are, what you need and any timescales that apply.',
    },
    {
      _type: 'textSection',
      heading: 'What to Include',
      body: [
        'A short first message is enough. It helps us respond usefully if it covers:',
        bullets(
          'your organisation and your role;',
          'the requirement, question or opportunity, in a few sentences;',
          'the sector and, where relevant, the location of the work;',
          'any deadlines or decision points we should be aware of.',
        ),
      ],
    },
    {
      _type: 'textSection',
      heading: 'Sensitive Information',
      body: [
        'Please do not include classified, commercially sensitive or personal information in a first message. If a discussion needs it, we will agree an appropriate way of sharing it with you.',
        p(
          'Our ',
          linkTo(id.legal('privacy'), 'Privacy Notice'),
          ' explains how we handle the personal data in the messages we receive.',
        ),
      ],
    },
  ],
}
