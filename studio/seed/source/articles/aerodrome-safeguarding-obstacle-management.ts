import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const aerodromeSafeguarding: ArticleSource = {
  slug: 'aerodrome-safeguarding-obstacle-management',
  title: 'Aerodrome Safeguarding: Managing Obstacles Before They Become Hazards',
  category: 'aviation',
  sectors: ['aviation'],
  excerpt:
    'Why aerodrome safeguarding is a continuing operational discipline, and how operators can manage obstacles, developments and wildlife hazards before they constrain safe flying.',
  publishedAt: '2024-12-10',
  related: [
    'aviation-training-capability-not-compliance',
    'counter-uav-requirements-start-with-the-site',
  ],
  body: [
    'Most of the hazards an aerodrome manages are visible from the operations room: weather, traffic, the condition of the runway. Some of the most persistent begin well beyond the perimeter fence, in planning applications, construction programmes and changes in land use that take months or years to arrive. Aerodrome safeguarding is the discipline of noticing them early enough to do something about them.',
    'It is often treated as an administrative task, a matter of answering consultations from the local planning authority. That understates it. Safeguarding protects the surfaces, signals and conditions on which safe flying depends, and a lapse can constrain an aerodrome’s operations for decades.',
    h2('What safeguarding protects'),
    'Safeguarding is usually described in terms of tall buildings, but its scope is wider. A well-run safeguarding function considers:',
    bullets(
      'Physical obstacles: permanent structures, trees and temporary features such as cranes that could penetrate the protected surfaces around runways and approach paths.',
      'Instrument flight procedures: the protected areas associated with published approaches and departures, which can extend well beyond the obstacle limitation surfaces.',
      'Technical performance: interference with radar, navigation aids and communications, for example from wind turbines or large reflective structures.',
      'Lighting: installations that could dazzle pilots or be mistaken for aeronautical ground lighting.',
      'Wildlife: developments such as water features, waste sites and certain kinds of landscaping that draw birds into the aerodrome’s surroundings.',
    ),
    'Each of these has its own technical criteria and its own specialists. The common thread is that the hazard is created by someone other than the aerodrome, often for entirely legitimate reasons, and that it is far easier to shape a proposal than to remove a structure once it stands.',
    h2('The planning framework'),
    p(
      'In the United Kingdom, certain aerodromes are officially safeguarded, which means that local planning authorities must consult them on proposed development within defined areas. Other aerodromes rely on agreements with their planning authorities to be consulted in a similar way. The ',
      external('https://www.caa.co.uk', 'UK Civil Aviation Authority'),
      ' publishes guidance for aerodrome operators on safeguarding, including the preparation of safeguarding maps and the handling of consultations.',
    ),
    'The framework gives an aerodrome a voice, not a veto. Where it objects to a proposal, it must be able to explain the hazard clearly, usually with technical evidence, and ideally to suggest a change that would remove it. Objections that are vague or late tend to carry little weight with the planning authority.',
    quote(
      'A safeguarding objection is only as persuasive as the evidence behind it and the stage at which it is made.',
    ),
    h2('Obstacle management as a continuing process'),
    'Consultation responses deal with what is proposed. An aerodrome also needs to know what already exists and whether it has changed. Obstacle management is the continuing work of surveying, recording and reviewing the obstacle environment, so that published aeronautical information stays accurate and any new penetration of a protected surface is found and assessed.',
    'In practice that means a current obstacle survey, a clear record of known obstacles and how each has been assessed, a routine for inspecting the surroundings, and a reliable way of making sure that relevant changes reach the aeronautical information service. Trees grow, temporary structures stay longer than planned and cranes can appear at short notice. An aerodrome that looks only when a planning consultation arrives will miss much of this.',
    h2('Ownership and competence'),
    'Safeguarding often falls between departments. Planning consultations may go to an estates or commercial team, obstacle surveys to engineering, wildlife control to operations and instrument procedure questions to a specialist contractor. Each part may be handled competently while the whole is not. Aerodromes that manage this well give safeguarding a named owner with access to the right expertise, and make sure that its findings reach the safety management system rather than resting in a correspondence file.',
    p(
      'Competence matters as much as ownership. Assessing a consultation calls for an understanding of the protected surfaces, the procedures in use and the aerodrome’s plans for the future. As with ',
      linkTo(id.article('aviation-training-capability-not-compliance'), 'aviation training'),
      ' more generally, the aim is people who can exercise sound judgement on real cases, not only people who have attended the right course.',
    ),
    h2('Protecting the future as well as the present'),
    'Safeguarding also protects the aerodrome’s future. A runway extension, a new instrument approach or a change in the aircraft types operated may each bring new surfaces into play. If the safeguarding map reflects only today’s operation, development permitted now may close off options later. Operators should therefore make sure that their safeguarding takes account of credible future plans as well as current ones, and review it whenever those plans change.',
    'New kinds of activity add to the picture. Renewable energy schemes, taller buildings in growing towns and drone flying near airfields all alter the environment in which aircraft operate, and each calls for the same approach: understand the hazard, engage early and record the reasoning behind every decision.',
    h2('How ChaffCent helps'),
    p(
      'ChaffCent’s work in ',
      linkTo(id.sector('aviation'), 'aviation'),
      ' includes reviewing safeguarding and obstacle management arrangements, helping operators bring their separate parts together under clear ownership, and making sure that what those arrangements find reaches the people who decide.',
    ),
  ],
}
