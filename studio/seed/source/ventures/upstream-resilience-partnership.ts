import type { VentureSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const upstreamPartnership: VentureSource = {
  slug: 'upstream-resilience-partnership',
  name: 'Upstream Resilience Partnership',
  summary:
    'Security, resilience and operational readiness support for upstream operators, delivered with specialist partners where a task requires them.',
  status: 'partnership',
  sectors: ['upstream-oil-gas', 'infrastructure-energy'],
  body: [
    'The Upstream Resilience Partnership brings ChaffCent’s advisory work together with specialist partners to support exploration and production activity at remote onshore and offshore sites.',
    h2('What it covers'),
    bullets(
      'Site security and resilience assessments built around realistic isolation scenarios.',
      'Continuity planning, including decision thresholds for reducing or suspending operations.',
      'Review of remote connectivity and control system access arrangements.',
      'Operational readiness for new sites and new phases of activity.',
      'Exercises that involve the site, the onshore organisation and contractors together.',
    ),
    h2('How the partnership works'),
    p(
      'ChaffCent leads the advisory work and brings in partners with specific technical or regional expertise as each task requires, on terms agreed openly with the operator. Our approach to the sector is described in ',
      linkTo(
        id.article('upstream-oil-gas-remote-site-resilience'),
        'Remote Sites, Long Supply Lines',
      ),
      ', and our approach to partnerships on the ',
      linkTo(id.page('partnerships'), 'Partnerships'),
      ' page.',
    ),
  ],
}
