import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const infrastructureEnergy: SectorSource = {
  slug: 'infrastructure-energy',
  title: 'Infrastructure & Energy',
  summary:
    'Security coordination and operational resilience for infrastructure and energy operators, where enterprise and operational technology now depend on each other.',
  body: [
    'Infrastructure and energy operators run systems on which other people depend. Their operations are increasingly connected, software-defined and supported remotely, which brings efficiency and new exposure at the same time. Security and resilience in this sector must respect safety, availability and engineering reality as much as information security.',
    h2('Where we help'),
    bullets(
      'Coordination of IT and OT security: governance, asset understanding, segmentation, access and monitoring.',
      'Review of remote access and third-party support arrangements for operational systems.',
      'Resilience and continuity planning that reflects how operations actually run.',
      'Scoping and governance of testing and validation activity in operational environments.',
      'Incident response planning and joint exercising across engineering, operations and security teams.',
    ),
    h2('How we work'),
    p(
      'Our approach is set out in ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'IT and OT Convergence in High-Consequence Environments',
      ),
      ': convergence does not mean treating operational technology like ordinary corporate IT. It means building a credible coordination model between the two. For remote and offshore operations, our ',
      linkTo(id.sector('upstream-oil-gas'), 'upstream oil and gas'),
      ' work applies the same principles where distance adds its own constraints.',
    ),
  ],
}
