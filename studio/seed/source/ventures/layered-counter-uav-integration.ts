import type { VentureSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const layeredCounterUav: VentureSource = {
  slug: 'layered-counter-uav-integration',
  name: 'Layered Counter-UAV Integration',
  summary:
    'A structured method for assessing sites, defining counter-UAV requirements and integrating detection and response into existing security operations.',
  status: 'in-development',
  sectors: ['uav-counter-uav', 'aviation', 'security-resilience'],
  body: [
    'Layered Counter-UAV Integration is a platform under development that brings together ChaffCent’s approach to the drone problem: site first, legal position second, technology third, and integration throughout.',
    h2('What it is intended to cover'),
    bullets(
      'A repeatable site assessment method for drone risk.',
      'Templates for requirements written in operational terms, ready for supplier engagement.',
      'Criteria for evaluating detection and response options against a site’s conditions.',
      'Guidance on integrating counter-UAV capability with existing control rooms, procedures and partners.',
      'Exercise designs for drone incidents, including those near aerodromes.',
    ),
    h2('Principles'),
    p(
      'The platform applies the thinking in ',
      linkTo(
        id.article('counter-uav-requirements-start-with-the-site'),
        'Counter-UAV Requirements: Start with the Site, Not the Sensor',
      ),
      ' and in ',
      linkTo(
        id.article('layered-systems-complex-security-environments'),
        'Why Layered Systems Still Matter',
      ),
      '. Technology is one layer among several; fusion, decision and governance receive equal attention.',
    ),
  ],
}
