import type { VentureSource } from '../lib/documents/catalogue'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, p } from '../lib/rich-text'

export const aviationTrainingAssurance: VentureSource = {
  slug: 'aviation-training-assurance',
  name: 'Aviation Training & Assurance',
  summary:
    'Training needs analysis, training system design and standards assurance for aviation operators and training organisations.',
  status: 'active',
  sectors: ['aviation', 'defence-government'],
  body: [
    'Aviation Training & Assurance is ChaffCent’s platform for aviation training work. It helps operators and training organisations build training that sustains real operational capability while meeting the requirements of the regulator.',
    h2('What it covers'),
    bullets(
      'Training needs analysis from the operational task down to individual competences.',
      'Design of training programmes, including scenario-based training and assessment.',
      'Instructor and examiner development, standardisation and review.',
      'Assurance reviews of existing training and standards arrangements.',
      'Training implications of new aircraft, equipment, roles or operating bases.',
    ),
    h2('Approach'),
    p(
      'The work treats compliance as a floor and capability as the objective, as set out in ',
      linkTo(
        id.article('aviation-training-capability-not-compliance'),
        'Aviation Training as Capability, Not Compliance',
      ),
      '. Each engagement begins with the operation the organisation must sustain and ends with measures that show whether training is delivering it.',
    ),
  ],
}
