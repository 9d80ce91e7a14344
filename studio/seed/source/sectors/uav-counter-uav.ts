import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const uavCounterUav: SectorSource = {
  slug: 'uav-counter-uav',
  title: 'UAV & Counter-UAV',
  summary:
    'Advice on uncrewed aircraft as a capability and as a threat: site assessment, requirement definition, lawful response options and integration into wider security arrangements.',
  body: [
    'Uncrewed aircraft are now part of everyday operations in many sectors, from inspection and survey to emergency response. The same accessibility makes them a concern for the operators of aerodromes, energy sites, prisons, events and other sensitive locations. ChaffCent advises on both sides: using UAVs well, and protecting against their misuse.',
    h2('Where we help'),
    bullets(
      'Site assessments that establish what drone activity could affect, and how.',
      'Counter-UAV requirement definition, grounded in the site and its legal context.',
      'Evaluation of detection and response options, and of supplier proposals.',
      'Integration of counter-UAV capability into existing security, operations and response arrangements.',
      'Concepts of operation, procedures and training for organisations introducing UAVs into their own work.',
    ),
    h2('How we work'),
    p(
      'We begin with the site, not the sensor, as set out in ',
      linkTo(
        id.article('counter-uav-requirements-start-with-the-site'),
        'Counter-UAV Requirements: Start with the Site, Not the Sensor',
      ),
      '. Response options are framed by what the organisation is lawfully able to do, and coordinated with the authorities who hold wider powers. Near aerodromes, the work joins our ',
      linkTo(id.sector('aviation'), 'aviation'),
      ' practice.',
    ),
  ],
}
