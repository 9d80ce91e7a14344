import type { VentureSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const itOtCoordination: VentureSource = {
  slug: 'it-ot-security-coordination',
  name: 'IT/OT Security Coordination',
  summary:
    'Advisory support for operators building a credible coordination model between enterprise IT and operational technology security.',
  status: 'active',
  sectors: ['infrastructure-energy', 'upstream-oil-gas', 'security-resilience'],
  body: [
    'IT/OT Security Coordination helps operators in high-consequence environments bring enterprise and operational security together without forcing one to behave like the other.',
    h2('What it covers'),
    bullets(
      'Governance: how decisions are made across IT and OT, who approves change and how exceptions are handled.',
      'Shared asset understanding, including field-connected devices and operational dependencies.',
      'Segmentation designed with operational realism.',
      'Remote access, vendor support and privileged activity near the IT and OT boundary.',
      'Monitoring that combines security telemetry with operational context.',
      'Incident response planning and joint exercises.',
    ),
    h2('Approach'),
    p(
      'The work follows the model described in ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'IT and OT Convergence in High-Consequence Environments',
      ),
      ', and tests it through ',
      linkTo(
        id.article('resilience-exercising-testing-decisions'),
        'exercises that test decisions',
      ),
      ' rather than plans alone.',
    ),
  ],
}
