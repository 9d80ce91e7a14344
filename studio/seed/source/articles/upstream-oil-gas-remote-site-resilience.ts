import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, em, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const upstreamResilience: ArticleSource = {
  slug: 'upstream-oil-gas-remote-site-resilience',
  title: 'Remote Sites, Long Supply Lines: Resilience in Upstream Oil and Gas',
  category: 'infrastructure-energy',
  sectors: ['upstream-oil-gas', 'infrastructure-energy'],
  excerpt:
    'How upstream operators can plan security and resilience for remote and offshore sites where help is distant, supply lines are long and operations cannot simply pause.',
  publishedAt: '2025-09-23',
  related: [
    'it-ot-convergence-high-consequence-environments',
    'layered-systems-complex-security-environments',
  ],
  body: [
    'Upstream oil and gas operations are defined by distance. Wells, platforms, terminals and camps are often far from population centres, emergency services and supply bases. People work in rotations, equipment arrives by sea, air or long road journeys, and many systems are supervised from control rooms that may themselves be hundreds of miles away.',
    'Distance changes how security and resilience must be planned. Assumptions that hold in an urban facility, such as a rapid police response, a nearby hospital, a spare part available tomorrow or an engineer who can attend in person, often do not hold on a remote site. Plans built on those assumptions tend to fail at the moment they are needed.',
    h2('Self-reliance as a design principle'),
    'The first principle for remote sites is a realistic view of self-reliance. The question is not only what could go wrong, but how long the site must manage on its own before outside help can arrive, and what it needs in order to do so. That period may be hours offshore in good weather, or days in a remote onshore location during a security incident or a period of severe weather.',
    'Answering that question honestly shapes many decisions: the medical capability held on site, the spares and consumables stocked, the communications available when primary links fail, the training given to the people who will be there, and the authority delegated to the person in charge.',
    h2('Where the risks concentrate'),
    'Every site is different, but experience suggests that several areas deserve particular attention in upstream operations:',
    bullets(
      'Remote connectivity, on which supervision, safety systems, logistics and welfare increasingly depend.',
      'Third-party and vendor access to control and monitoring systems, often arranged for convenience during commissioning and never revisited.',
      'Logistics routes and supply bases, which can be disrupted by weather, unrest or the failure of a single contractor.',
      'Rotational workforces, whose familiarity with procedures and with each other varies from one shift pattern to the next.',
      'Interfaces with local communities and authorities, which affect both security and the ability to operate at all.',
    ),
    p(
      'Several of these are, in part, questions of digital coordination. Remote operations depend on the same convergence of enterprise and operational technology that ChaffCent described in ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'IT and OT Convergence in High-Consequence Environments',
      ),
      ', with the added complication that the people able to fix a problem may be a long way from the equipment that has it.',
    ),
    h2('Layered protection, scaled to the site'),
    p(
      'Remote sites benefit from the same ',
      linkTo(id.article('layered-systems-complex-security-environments'), 'layered approach'),
      ' as any complex security environment: detection, assessment, decision, response, governance and sustainment, planned together. The difference is scale and independence. Each layer must work with the people and equipment actually on site, and must degrade gracefully when communications with the wider organisation are interrupted.',
    ),
    quote(
      'On a remote site, a plan that depends on help arriving quickly is not a plan. It is a hope.',
    ),
    h2('Continuity of operations'),
    p(
      'Upstream operations cannot always pause safely. Shutting in production, evacuating personnel or suspending drilling are major decisions with safety, environmental and commercial consequences of their own. Resilience planning should therefore set out, in advance, the thresholds at which such decisions are taken, who takes them and on what information. It should distinguish between what must continue, what may be reduced and what can stop, and the ',
      em('order'),
      ' in which those changes would happen.',
    ),
    p(
      'These plans sit alongside the safety case and emergency arrangements that regulators such as the ',
      external('https://www.hse.gov.uk', 'Health and Safety Executive'),
      ' require for offshore installations in the United Kingdom. Security and resilience planning should be consistent with those arrangements, not parallel to them.',
    ),
    h2('Exercising at distance'),
    'Exercises matter more, not less, when a site is remote. They reveal whether communications fall back as intended, whether the people on site understand the authority they hold, whether the onshore support organisation can reach and help them, and whether contractors’ procedures join up with the operator’s. Tabletop exercises are useful; exercises that involve the site itself, with realistic delays and degraded communications, are more so.',
    h2('A practical starting point'),
    p(
      'For most operators, the most productive first step is a structured review of one site against a realistic scenario of isolation: a communications failure, a severe weather window and a security incident occurring together. The gaps that review exposes are usually specific and fixable. ChaffCent’s work in ',
      linkTo(id.sector('upstream-oil-gas'), 'upstream oil and gas'),
      ', delivered through our ',
      linkTo(id.venture('upstream-resilience-partnership'), 'upstream resilience partnership'),
      ', starts there.',
    ),
  ],
}
