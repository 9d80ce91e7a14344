import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const aviation: SectorSource = {
  slug: 'aviation',
  title: 'Aviation',
  summary:
    'Training, operational assurance and capability development for organisations that operate, support or protect aircraft and aerodromes.',
  body: [
    'Aviation combines high consequence with high regulation. Organisations in the sector must meet demanding standards while sustaining operations that are often complex, time-critical and dependent on skilled people. ChaffCent works with operators, training organisations and aerodromes on the capability behind those operations.',
    h2('Where we help'),
    bullets(
      'Training needs analysis and the design of training programmes that build operational capability as well as meeting regulatory requirements.',
      'Review of training and standards arrangements, including instructor development and assessment.',
      'Operational readiness planning for new aircraft, equipment, bases or types of operation.',
      'Aerodrome security and resilience, including arrangements for managing drone activity near the airfield.',
    ),
    h2('How we work'),
    p(
      'We start from the operation the organisation must sustain and work back to the people, training, procedures and support it requires. Regulatory compliance is treated as a floor, not the objective, an approach set out in ',
      linkTo(
        id.article('aviation-training-capability-not-compliance'),
        'Aviation Training as Capability, Not Compliance',
      ),
      '. Where aviation meets the drone problem, we draw on our ',
      linkTo(id.sector('uav-counter-uav'), 'UAV and counter-UAV'),
      ' work.',
    ),
  ],
}
