import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const operationalRequirement: ArticleSource = {
  slug: 'operational-requirement-survives-procurement',
  title: 'Writing an Operational Requirement That Survives Procurement',
  category: 'capability-development',
  sectors: ['defence-government'],
  excerpt:
    'How to write an operational requirement that keeps its meaning through market engagement, evaluation and contract, so that the capability delivered is the one users needed.',
  publishedAt: '2026-11-10',
  related: [
    'capability-development-through-life',
    'procuring-advanced-technology-questions',
    'counter-uav-requirements-start-with-the-site',
  ],
  body: [
    'An operational requirement is written once and read many times: by the sponsor who approves it, the commercial team who turn it into a tender, the suppliers who respond, the evaluators who score their responses, the lawyers who draft the contract and, years later, the people who accept the capability into service. Each reads it for a different purpose. A requirement that survives procurement is one that still means what its authors intended after all of those readings.',
    'Many do not. The need that prompted the requirement is gradually displaced by whatever was easiest to specify, evaluate or contract for, and the capability delivered meets the specification while disappointing its users. The cause is rarely bad faith. More often it is a requirement that was not written with the procurement in mind.',
    h2('Describe the need before the solution'),
    'The most common weakness is a requirement that describes a product. Once a document names a technology, a configuration or a particular supplier’s features, the competition becomes a contest of resemblance to that product rather than of meeting the need. It also closes off approaches the authors had not considered.',
    'A requirement should begin with what the organisation must be able to do, in what conditions, to what standard and for how long. Technical constraints belong in it where they are genuine, such as interfaces with existing systems or legal limits on what may be used, but each should be recognisable as a constraint rather than a preference in disguise.',
    h2('Make every requirement testable'),
    'If a requirement cannot be verified, it cannot be evaluated fairly or enforced. Words such as robust, intuitive, rapid and seamless are not requirements until they are given a measure and a method of verification. Writing that method alongside each requirement, as it is drafted, is a useful discipline: a requirement whose test cannot be described is usually one whose meaning has not yet been agreed.',
    'A well-formed requirement set typically shows, for each statement:',
    bullets(
      'The need it serves, traceable to an operational task or outcome.',
      'A measurable standard, with the conditions under which it applies.',
      'Its priority, distinguishing what is essential from what is desirable.',
      'How it will be verified: by inspection, analysis, demonstration or test.',
      'Who owns it, and who may agree to change it.',
    ),
    h2('Separate the essential from the desirable'),
    'Procurement treats unranked requirements harshly. If everything is mandatory, suppliers either claim full compliance with everything or price in the risk of falling short, and evaluators lose the ability to tell a strong bid from a confident one. If nothing is mandatory, a low-priced bid that meets little of the need may be hard to set aside. A small number of genuinely essential requirements, with the rest weighted by their operational value, gives suppliers and evaluators alike something to work with.',
    quote(
      'A requirement that cannot be tested will still be interpreted, just not necessarily by the people who wrote it.',
    ),
    h2('State the whole capability'),
    p(
      'An operational requirement that covers only equipment will produce only equipment. Training, support, documentation, data and the arrangements for updating the system over its life all need stating if they are to be bid, priced and delivered. The argument in ',
      linkTo(
        id.article('capability-development-through-life'),
        'Capability Development Is a Through-Life Commitment',
      ),
      ' applies with particular force here, because a need that is absent from the requirement is very difficult to add once a contract has been let.',
    ),
    h2('Keep the requirement stable, but not frozen'),
    p(
      'Market engagement will often show that part of a requirement is unrealistic, unaffordable or already overtaken. That is what engagement is for, and the requirement should be revised in the light of it, through a controlled process with a recorded rationale. For public bodies, procurement law governs how requirements are shared with the market, clarified and changed during a procurement, and the ',
      external(
        'https://www.gov.uk/government/publications/procurement-act-2023-guidance-documents',
        'government’s guidance on the Procurement Act 2023',
      ),
      ' covers those stages. Private organisations are not bound by the same rules, but treating bidders fairly and keeping a clear record serves them equally well.',
    ),
    'Once the competition has begun, changes become costly and contentious. The time to challenge a requirement is before it is issued, which is why an independent review at that point usually repays the effort.',
    h2('Keep the users involved'),
    p(
      'The people who will operate the capability should help to write the requirement and to evaluate the responses. Their involvement keeps the document anchored to real tasks, and their judgement during evaluation helps distinguish a proposal that complies on paper from one that would work in service. The same point lies behind the questions in ',
      linkTo(id.article('procuring-advanced-technology-questions'), 'Before the Demonstration'),
      ': evidence of performance in the intended conditions counts for more than the polish of a presentation.',
    ),
    h2('How ChaffCent helps'),
    'ChaffCent helps organisations write and review operational requirements, prepare for market engagement and design evaluations that test what matters. Our view is that the time spent making a requirement clear, testable and complete is among the best investments a capability programme can make, because every later stage depends on it.',
  ],
}
