import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const securityResilience: SectorSource = {
  slug: 'security-resilience',
  title: 'Security & Resilience',
  summary:
    'Layered security and resilience programmes for high-consequence environments: detection, fusion, decision, response, governance and sustainment planned together.',
  body: [
    'Security and resilience are most effective when they are designed as systems. Sensors, people, procedures, response options and oversight each have limits; a well-designed programme arranges them so that the limits of one are covered by the strengths of another, and so that the whole can be sustained over time.',
    h2('Where we help'),
    bullets(
      'Security and resilience reviews of sites, operations and organisations.',
      'Requirement definition for monitoring, protection and response capabilities.',
      'Coordination of IT and OT security in operational environments.',
      'Design, facilitation and evaluation of exercises that test decision-making under pressure.',
      'Governance arrangements: ownership, procedures, records and review.',
    ),
    h2('How we work'),
    p(
      'Our starting point is the argument made in ',
      linkTo(
        id.article('layered-systems-complex-security-environments'),
        'Why Layered Systems Still Matter in Complex Security Environments',
      ),
      ': capability is judged by the quality of the decisions it supports, not the quantity of equipment it contains. We look at what must be protected, what must remain available and what the organisation is entitled and equipped to do, before recommending any change.',
    ),
  ],
}
