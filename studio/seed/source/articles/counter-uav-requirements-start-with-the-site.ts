import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, numbered, p, quote } from '../lib/rich-text'

export const counterUavRequirements: ArticleSource = {
  slug: 'counter-uav-requirements-start-with-the-site',
  title: 'Counter-UAV Requirements: Start with the Site, Not the Sensor',
  category: 'uav-counter-uav',
  sectors: ['uav-counter-uav'],
  excerpt:
    'Why counter-UAV requirements should be built from the site, its operations and its legal context before any detection or mitigation technology is selected.',
  publishedAt: '2024-10-15',
  body: [
    'Interest in counter-UAV capability has grown steadily as small uncrewed aircraft have become cheaper, more capable and more widely used. Operators of airports, energy sites, prisons, events and other sensitive locations are asking what they should do about drones, and a growing market is offering answers.',
    'Many of those answers begin with a product. A detection system, a mitigation device, a combined platform. The product may be excellent. The question that comes first, however, is not which system to buy but what problem the site actually has, and what the organisation is entitled and equipped to do about it.',
    h2('Understand the site'),
    'Every site presents a different counter-UAV problem. The geography, the surrounding airspace, the radio-frequency environment, nearby populations, the assets that matter and the operations that could be disrupted all shape what is needed. A coastal energy installation, a regional airport and a city-centre venue may all face drone activity, but they do not face the same risk or have the same options.',
    'A useful site assessment typically covers:',
    bullets(
      'The assets, people and operations that drone activity could harm or disrupt, and the consequences if it did.',
      'The likely sources of drone activity, from careless or uninformed flying to deliberate misuse.',
      'The physical and electromagnetic environment in which any detection capability would have to work.',
      'The airspace context, including any aerodromes, flight restrictions or legitimate drone operations nearby.',
      'The people, authorities and partners who would be involved in responding to an incident.',
    ),
    h2('Be clear about the legal position'),
    'In the United Kingdom, as in most jurisdictions, the legal framework for counter-UAV activity is specific and restrictive. Detection is generally more straightforward than mitigation. Many mitigation techniques, including those that interfere with radio signals or take control of an aircraft, are reserved to particular authorities acting under particular powers. A site operator that plans a capability on the assumption that it can lawfully use such techniques is likely to be disappointed, or worse.',
    'A requirement should therefore state plainly which responses are available to the organisation itself, which depend on the police or other authorities, and how the two are coordinated. For most private operators, the realistic objective is early, reliable detection, a clear picture of what is happening and a well-rehearsed procedural response.',
    quote(
      'The most valuable counter-UAV capability for many sites is not a mitigation device but a reliable warning and a practised plan.',
    ),
    h2('Define what the capability must do'),
    'With the site and the legal position understood, the requirement can be written in operational terms. A clear sequence helps:',
    numbered(
      'Define the detection task: which types of aircraft, at what range, in what conditions, with what acceptable rate of false alarms.',
      'Define the information the operator needs: location, track, and, where lawful and feasible, the position of the pilot.',
      'Define the decision process: who is alerted, who decides what happens next, and within what time.',
      'Define the responses: procedural measures on site, notification of authorities, and any technical measures the organisation is permitted to use.',
      'Define sustainment: who operates and maintains the system, how it is updated and how its performance is reviewed.',
    ),
    'Written this way, the requirement gives suppliers something to respond to and gives the organisation a basis for judging their proposals.',
    h2('Then choose the technology'),
    p(
      'Only at this point does technology selection make sense. Radar, radio-frequency detection, electro-optical and thermal cameras and acoustic sensors each have strengths and weaknesses that depend heavily on the site. In most cases a combination will be needed, and the real challenge will be fusing it into a single, trustworthy picture. The principle is the same one that applies to ',
      linkTo(id.article('aviation-training-capability-not-compliance'), 'aviation training'),
      ' and to capability programmes generally: start from the task and the operation, not from the equipment.',
    ),
    p(
      'Site operators should also draw on published guidance. The ',
      external('https://www.npsa.gov.uk', 'National Protective Security Authority'),
      ' provides protective security advice that includes the drone threat, and the UK Civil Aviation Authority sets out the rules that govern legitimate drone flying, which any site plan must respect.',
    ),
    h2('How ChaffCent helps'),
    p(
      'Our work in ',
      linkTo(id.sector('uav-counter-uav'), 'UAV and counter-UAV'),
      ' focuses on the stages before and around procurement: site assessment, requirement definition, legal and operational framing, supplier evaluation and integration into existing security arrangements. The aim throughout is to establish what a site needs before asking what a particular product can do.',
    ),
  ],
}
