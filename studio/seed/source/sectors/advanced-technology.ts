import type { SectorSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const advancedTechnology: SectorSource = {
  slug: 'advanced-technology',
  title: 'Advanced Technology',
  summary:
    'Helping organisations specify, evaluate, govern and integrate advanced technology, from analytics and data exploitation to sensing and autonomy.',
  body: [
    'Advanced technology promises a great deal and is often sold on that promise. The organisations that benefit most are those that know which decisions the technology should improve, how its performance will be judged, how its data will be governed and how it will be sustained once the demonstration is over.',
    h2('Where we help'),
    bullets(
      'Requirement definition that starts from the decision or task to be improved.',
      'Independent evaluation of technology options and supplier claims.',
      'Data governance: provenance, dissemination control, role-based access and audit.',
      'Integration planning, so that new systems exchange information with existing ones.',
      'Through-life planning for training, updates, support and exit.',
    ),
    h2('How we work'),
    p(
      'Our view of data is set out in ',
      linkTo(
        id.article('data-to-decision-governed-exploitation-layers'),
        'From Data to Decision: The Case for Governed Exploitation Layers',
      ),
      ', and our approach to procurement in ',
      linkTo(id.article('procuring-advanced-technology-questions'), 'Before the Demonstration'),
      '. Both rest on the same principle: technology is valuable to the extent that it improves sound, accountable decisions.',
    ),
  ],
}
