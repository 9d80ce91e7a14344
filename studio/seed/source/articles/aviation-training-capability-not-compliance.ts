import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const aviationTraining: ArticleSource = {
  slug: 'aviation-training-capability-not-compliance',
  title: 'Aviation Training as Capability, Not Compliance',
  category: 'aviation',
  sectors: ['aviation'],
  excerpt:
    'Why aviation training programmes should be designed around the operational capability they must sustain, with regulatory compliance as a floor rather than the objective.',
  publishedAt: '2024-06-11',
  body: [
    'Aviation is one of the most heavily regulated activities most organisations will ever undertake, and rightly so. Licensing, type ratings, recurrent checks, recency requirements and approved training organisations exist because the consequences of error are severe and the lessons behind each rule were often learned the hard way.',
    'That regulatory structure brings a quiet risk. When training is designed primarily to satisfy an auditor, it can drift towards what is easy to evidence rather than what is hard to do. Records are complete, courses are current and certificates are valid, yet the organisation is less capable than its paperwork suggests. The better approach treats compliance as the floor and operational capability as the objective.',
    h2('Start with the task, not the syllabus'),
    'A training programme should begin with a clear statement of what the organisation must be able to do, in what conditions and to what standard. For an operator, that might be sustained operations from austere locations, night and degraded-visual-environment work, or mixed fleets with different avionics. For a support organisation, it might be maintenance under time pressure or the integration of new equipment into service.',
    'Once the task is defined, the training need can be analysed properly: what knowledge, skills and behaviours the task requires, which of them are already held, and which must be built or refreshed. The regulatory syllabus then sits within that analysis. It is essential, but it is not the whole answer.',
    h2('What capability-led training looks like'),
    'Programmes that build real capability tend to share a number of features:',
    bullets(
      'Training objectives written in operational terms, traceable to the tasks the organisation actually performs.',
      'Scenario-based exercises that combine technical skills with decision-making, communication and workload management.',
      'Instructors who are current in the operation, supported to maintain both their flying or technical standards and their instructional skills.',
      'Assessment that looks at performance in realistic conditions, not only at knowledge recalled in a classroom.',
      'Feedback from line operations, occurrence reports and audits flowing back into the syllabus.',
    ),
    'None of these features conflicts with regulatory requirements. Most regulators encourage them. They do, however, require more deliberate design than a programme built by assembling the minimum approved courses.',
    quote(
      'A current certificate shows that training took place. It does not, on its own, show that the organisation can do what it needs to do.',
    ),
    h2('Human factors belong in the core, not the appendix'),
    'Crew resource management, threat and error management and maintenance human factors are now established parts of aviation training. The risk is that they become standalone modules, completed once a year and disconnected from technical training. Their value is greatest when they are woven into scenarios, debriefs and instructor standards, so that the way people communicate and decide is practised alongside the way they fly or maintain.',
    h2('Training as part of a wider system'),
    'Training does not stand alone. It depends on accurate documentation, appropriate simulation or training devices, a sensible rostering pattern that allows recency to be maintained, and a safety management system that turns operational experience into learning. Weakness in any of these areas will show up eventually as a training problem, even when the cause lies elsewhere.',
    p(
      'For organisations entering a new area of activity, or introducing new aircraft or equipment, this system view matters even more. The ',
      external('https://www.caa.co.uk', 'UK Civil Aviation Authority'),
      ' and other national authorities set the standards that must be met; meeting them efficiently, and building a capability that lasts beyond the initial approval, is a design task in its own right.',
    ),
    h2('Measuring whether it works'),
    'Capability-led training needs measures that go beyond completion rates. Useful indicators include performance trends in checks and assessments, themes in occurrence reports, instructor standardisation findings, the time taken to bring new staff to full effectiveness, and the organisation’s ability to absorb change without a dip in standards. Measures of this kind are harder to collect than attendance records, but they are the ones that tell an accountable manager whether the investment is working.',
    h2('Our approach'),
    p(
      'ChaffCent’s work in ',
      linkTo(id.sector('aviation'), 'aviation'),
      ' treats training as part of capability development. We help organisations define the operational requirement, analyse the training need, design programmes that satisfy the regulator and build genuine competence, and review them as operations change. Our ',
      linkTo(id.venture('aviation-training-assurance'), 'aviation training and assurance'),
      ' work sets out how.',
    ),
  ],
}
