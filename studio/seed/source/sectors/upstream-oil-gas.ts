import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const upstreamOilGas: SectorSource = {
  slug: 'upstream-oil-gas',
  title: 'Upstream Oil & Gas',
  summary:
    'Security, resilience and operational readiness for exploration and production activity at remote onshore and offshore sites.',
  body: [
    'Upstream operations take place where help is distant and supply lines are long. Sites must often manage on their own for extended periods, with rotational workforces, remote supervision and operations that cannot simply pause. Planning for security and resilience has to start from that reality.',
    h2('Where we help'),
    bullets(
      'Site security and resilience assessments based on realistic isolation scenarios.',
      'Review of remote connectivity, control system access and vendor support arrangements.',
      'Continuity planning that sets out decision thresholds for reducing or suspending operations.',
      'Operational readiness for new sites, new phases of activity or changes of operator.',
      'Exercises that involve the site itself, with realistic delays and degraded communications.',
    ),
    h2('How we work'),
    p(
      'We work alongside operators’ own safety, engineering and security teams, and with specialist partners where a task calls for them, through our ',
      linkTo(id.venture('upstream-resilience-partnership'), 'upstream resilience partnership'),
      '. Our thinking on the sector is set out in ',
      linkTo(
        id.article('upstream-oil-gas-remote-site-resilience'),
        'Remote Sites, Long Supply Lines',
      ),
      '.',
    ),
  ],
}
