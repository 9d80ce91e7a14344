import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const defenceGovernment: SectorSource = {
  slug: 'defence-government',
  title: 'Defence & Government',
  summary:
    'Capability development and strategic advice for defence and public-sector programmes, with attention to every component of a capability through its life.',
  body: [
    'Defence and government programmes carry public accountability as well as operational consequence. They must define requirements clearly, manage risk openly and deliver capabilities that work in service for many years. ChaffCent supports programme teams and the organisations that work with them.',
    h2('Where we help'),
    bullets(
      'Capability and requirement definition across people, training, equipment, information, procedures, organisation, infrastructure and support.',
      'Options analysis and independent review at key decision points.',
      'Training needs analysis and training system design.',
      'Information and data governance for programmes that generate or exploit sensitive material.',
      'Support to industry partners in understanding and responding to public-sector requirements.',
    ),
    h2('How we work'),
    p(
      'We treat capability development as a through-life commitment, as described in ',
      linkTo(
        id.article('capability-development-through-life'),
        'Capability Development Is a Through-Life Commitment',
      ),
      '. Advice is given with the programme’s accountability in mind: assumptions stated, evidence recorded and recommendations that can be traced to the requirement. Our ',
      linkTo(id.page('what-we-do'), 'services'),
      ' set out the forms that support can take.',
    ),
  ],
}
