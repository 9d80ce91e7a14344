import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, h3, linkTo, p, quote } from '../lib/rich-text'

export const capabilityThroughLife: ArticleSource = {
  slug: 'capability-development-through-life',
  title: 'Capability Development Is a Through-Life Commitment',
  category: 'capability-development',
  sectors: ['defence-government'],
  excerpt:
    'Why a capability is more than the equipment that delivers it, and how planning for people, training, information and sustainment from the outset avoids costly gaps later.',
  publishedAt: '2025-11-18',
  related: [
    'aviation-training-capability-not-compliance',
    'data-to-decision-governed-exploitation-layers',
  ],
  body: [
    'Organisations often speak of acquiring a capability when they mean acquiring equipment. The distinction matters. Equipment is one component of a capability. The capability itself is the ability to achieve an effect, reliably, in the conditions where it is needed, over the period for which it is needed. That depends on much more than what is delivered on the first day.',
    'Programmes that lose sight of this distinction tend to follow a familiar pattern. Equipment arrives on time and to specification. Training is compressed to meet the in-service date. Documentation lags. Spares are based on optimistic assumptions. Information systems are not quite integrated. Within a few years, availability falls, workarounds multiply and the organisation begins to discuss a replacement for a capability that never fully arrived.',
    h2('The components of a capability'),
    p(
      'Defence organisations have long used structured lists to make sure that every component of a capability is considered. In the United Kingdom these are known as the Defence Lines of Development, and the ',
      external(
        'https://www.gov.uk/government/organisations/ministry-of-defence',
        'Ministry of Defence',
      ),
      ' applies them across its acquisition programmes. The particular list matters less than the discipline behind it. Whatever the sector, a capability generally depends on:',
    ),
    bullets(
      'People: the right numbers, with the right skills, available at the right time.',
      'Training: initial and continuation training, with the facilities, devices and instructors to deliver it.',
      'Equipment: the systems themselves, integrated with what already exists.',
      'Information: data, communications and the systems that carry and protect them.',
      'Concepts and procedures: how the capability is meant to be used, written down and understood.',
      'Organisation: who owns the capability, who operates it and how decisions about it are made.',
      'Infrastructure: the buildings, sites and utilities it needs.',
      'Logistics and support: maintenance, spares, obsolescence management and supply chains.',
    ),
    'A weakness in any one of these can limit the whole. A well-equipped team without procedures improvises. A well-trained team without spares waits. A well-supported system without an owner drifts.',
    h2('Planning through life from the start'),
    'Through-life thinking means considering, at the outset, how a capability will be sustained, updated and eventually retired. It affects early decisions that are expensive to reverse later: the choice between proprietary and open interfaces, the depth of technical data obtained from suppliers, the balance between in-house and contracted support, and the way training will be kept current as the equipment changes.',
    quote(
      'The cheapest point at which to solve a sustainment problem is before the contract is signed.',
    ),
    h3('Training is not a one-off deliverable'),
    p(
      'Initial training is often included in a procurement; continuation training frequently is not. Yet the people who receive the first courses will move on, and the equipment will change. Training needs analysis, instructor development and recurrent assessment must be funded and owned for as long as the capability is in service. The same argument applies in aviation, as ChaffCent set out in ',
      linkTo(
        id.article('aviation-training-capability-not-compliance'),
        'Aviation Training as Capability, Not Compliance',
      ),
      '.',
    ),
    h3('Information is part of the capability'),
    p(
      'Modern capabilities generate and consume data. Where that data goes, who may use it and how it is protected are design questions, not afterthoughts. A capability that produces information no one can exploit, or that cannot share information with the systems around it, delivers less than it should. The principles in ',
      linkTo(id.article('data-to-decision-governed-exploitation-layers'), 'From Data to Decision'),
      ' apply directly.',
    ),
    h2('Governance that lasts'),
    'Through-life management requires an owner with the authority and the budget to make trade-offs across all the components of a capability, not only the equipment. It also requires honest measures of performance: availability, readiness, training throughput, support costs and user confidence. Reviewed regularly, those measures show where a capability is drifting and allow corrective action before it becomes a crisis.',
    h2('Where independent advice helps'),
    p(
      'Independent advice is most valuable at the points where commitments are made: when a requirement is first defined, when options are compared, when a contract is being shaped and when a capability is reviewed in service. ChaffCent supports organisations across ',
      linkTo(id.sector('defence-government'), 'defence and government'),
      ' and the other sectors we serve at each of those points. Our ',
      linkTo(id.page('what-we-do'), 'services'),
      ' are built around the view that a capability is only as strong as its least-considered component.',
    ),
  ],
}
