import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

/** Named on the client's old site (title, category, excerpt); the body is written afresh. */
export const layeredSystems: ArticleSource = {
  slug: 'layered-systems-complex-security-environments',
  title: 'Why Layered Systems Still Matter in Complex Security Environments',
  category: 'security-resilience',
  sectors: ['security-resilience'],
  excerpt:
    'A perspective on why serious monitoring, interdiction, and resilience programmes should be built as layered systems combining detection, fusion, response, governance, and sustainment, not as isolated technology purchases.',
  publishedAt: '2025-05-13',
  related: [
    'counter-uav-requirements-start-with-the-site',
    'data-to-decision-governed-exploitation-layers',
  ],
  body: [
    'Security programmes in complex environments are often described in terms of the equipment they buy. A new sensor, a new camera network, a new analytics package, a new response vehicle. Each purchase may be sound on its own terms. The difficulty is that threats do not arrive one sensor at a time, and operations do not fail one component at a time.',
    'Serious monitoring, interdiction and resilience programmes work when they are designed as layered systems. That means detection, fusion, decision, response, governance and sustainment are planned together, with each layer compensating for the limits of the others. It is an old principle. It still matters because the pressure to buy a single answer has not gone away.',
    h2('The limits of the single answer'),
    'Every detection technology has conditions in which it performs well and conditions in which it does not. Radar, radio-frequency detection, electro-optical and thermal imaging, acoustic sensing and human observation all have characteristic blind spots: terrain, weather, clutter, range, false alarm rates, and the behaviour of the people operating them.',
    'A programme built on one technology inherits that technology’s blind spots as its own. A programme built on several technologies without a plan for combining them inherits something worse: several streams of alerts, no shared picture, and operators left to reconcile conflicting information under time pressure.',
    'The point of layering is not redundancy for its own sake. It is to arrange capabilities so that what one layer misses, another is positioned to catch, and so that the combined picture is more reliable than any single input.',
    h2('What the layers are'),
    'In practice, a layered security system is usually described in five or six parts. The terminology varies between sectors, but the functions are consistent:',
    bullets(
      'Detection: the sensors, people and reports that tell you something may be happening.',
      'Fusion: the process, human or automated, that turns separate inputs into one assessed picture with a stated level of confidence.',
      'Decision: the authority, criteria and timelines for acting on that picture, including who may decide what at each level of escalation.',
      'Response: the measures available once a decision is made, from notification and containment to physical or technical interdiction where that is lawful and proportionate.',
      'Governance: the policies, legal basis, records and oversight that make the system accountable.',
      'Sustainment: training, maintenance, spares, software support and periodic review, without which every other layer degrades.',
    ),
    'The last two are the ones most often left out of the original business case. They are also the ones that determine whether a capability still works three years after it was commissioned.',
    h2('Fusion is where most programmes struggle'),
    'Most organisations can buy detection. Fewer can fuse it. Fusion requires agreement on what each input means, how much it should be trusted, how it is timed and located, and what happens when two sources disagree. It requires an operator interface that presents an assessed picture rather than a wall of alerts, and people trained to interrogate that picture rather than simply react to it.',
    'Where fusion is weak, the symptoms are familiar: alarm fatigue, operators who quietly ignore a sensor they have learned not to trust, and incident reviews that find the relevant information was available but not connected. Improving fusion is rarely glamorous work. It is often the highest-value investment a programme can make.',
    quote(
      'A layered system is judged by the quality of the decisions it supports, not by the number of sensors it contains.',
    ),
    h2('Decision and response must be designed, not assumed'),
    'A detection and fusion capability with no agreed decision process simply moves the problem downstream. Someone must own the decision to escalate, to notify, to suspend an operation, or to respond. The criteria should be set in advance, tested in exercises and recorded, so that decisions under pressure are consistent and defensible.',
    'Response options also need to be understood in their legal and operational context. In many environments the most appropriate response is procedural: moving people, pausing an activity, informing an authority. Where technical or physical interdiction is contemplated, its legal basis, its effects on surrounding systems and its safety consequences must be settled before it is needed, not during the event.',
    h2('Governance and sustainment keep the system honest'),
    'Governance is sometimes treated as paperwork around the real capability. In serious environments it is part of the capability. Clear ownership, documented procedures, data handling rules, audit of operator actions and periodic independent review are what allow an organisation to show that its security measures are necessary, proportionate and effective.',
    p(
      'Sustainment is the quieter partner. Sensors drift, software ages, threat behaviour changes and trained people move on. A programme that budgets for acquisition but not for through-life support will see its performance decline well before the equipment is formally retired. Public guidance from the ',
      external('https://www.npsa.gov.uk', 'National Protective Security Authority'),
      ' treats protective security in the same way: as physical, personnel and cyber measures maintained together over time, not as a one-off installation.',
    ),
    h2('Applying the principle'),
    p(
      'None of this argues against buying good technology. It argues for buying it into a design. Before a new capability is procured, it is worth asking which layer it strengthens, what it depends on in the other layers, and who will own it in service. The same questions apply to ',
      linkTo(
        id.article('counter-uav-requirements-start-with-the-site'),
        'counter-UAV requirements',
      ),
      ', to perimeter protection, and to the ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'coordination of IT and OT security',
      ),
      ' on operational sites.',
    ),
    p(
      'ChaffCent’s work in ',
      linkTo(id.sector('security-resilience'), 'security and resilience'),
      ' starts from that system view. Layered systems are not a fashionable idea. They are what remains when the alternatives have been tried and found wanting.',
    ),
  ],
}
