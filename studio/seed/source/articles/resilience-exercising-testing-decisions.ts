import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, numbered, p, quote } from '../lib/rich-text'

export const resilienceExercising: ArticleSource = {
  slug: 'resilience-exercising-testing-decisions',
  title: 'Resilience Exercising: Testing Decisions, Not Just Plans',
  category: 'security-resilience',
  sectors: ['security-resilience'],
  excerpt:
    'Why exercises should test how an organisation decides under pressure, not only whether its plans exist, and how to design exercises that produce useful evidence.',
  publishedAt: '2026-02-10',
  related: [
    'it-ot-convergence-high-consequence-environments',
    'upstream-oil-gas-remote-site-resilience',
    'layered-systems-complex-security-environments',
  ],
  body: [
    'Most organisations with serious operational responsibilities have plans for when things go wrong. Business continuity plans, incident response plans, crisis management arrangements and emergency procedures are written, approved and filed. Many are exercised once a year. Fewer are exercised in a way that tells the organisation something it did not already know.',
    'The purpose of an exercise is not to demonstrate that a plan exists. It is to find out whether the organisation can make sound decisions, at the right level and at the right speed, when the situation is uncertain and the plan does not quite fit. That is a different test, and it needs a different design.',
    h2('Why plans and decisions diverge'),
    'Plans are written in calm conditions, by people with time to think, about scenarios they can imagine. Real incidents arrive with incomplete information, competing demands, unavailable people and consequences that cross organisational boundaries. The gap between the two is where most failures in incident response occur.',
    'Typical findings from well-designed exercises include:',
    bullets(
      'Nobody is sure who holds the authority to take a critical decision out of hours.',
      'Escalation criteria exist on paper but are interpreted differently by different teams.',
      'Technical teams and operational teams describe the same event in different terms and talk past each other.',
      'Contact details, access credentials or runbooks on which the plan relies are out of date or unavailable.',
      'External communications are drafted late because nobody owns them until the pressure is already high.',
    ),
    'None of these findings is unusual. All of them are easier to fix after an exercise than after an incident.',
    h2('Designing an exercise that tests decisions'),
    'An exercise built to test decisions usually follows a few principles:',
    numbered(
      'Set objectives that name the decisions to be tested, not only the plans to be walked through.',
      'Build a scenario that is plausible for the organisation and that develops over time, so that early choices shape later options.',
      'Introduce realistic friction: incomplete information, unavailable people, conflicting priorities.',
      'Involve the people who would really take the decisions, including senior staff and, where relevant, contractors and partners.',
      'Observe and record decisions, the information they were based on and the time they took, so that the debrief rests on evidence.',
    ),
    quote(
      'An exercise that everyone passes comfortably has usually been designed to be passed, not to be learned from.',
    ),
    h2('Crossing the IT and OT boundary'),
    p(
      'Exercises are particularly valuable where responsibilities are shared between teams with different priorities. In operational environments, incidents rarely respect the line between enterprise IT and operational technology. As ChaffCent noted in ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'our article on IT and OT convergence',
      ),
      ', if those teams have never tested decision-making together, the first serious incident will expose it. Joint exercises, with engineering, security and operations all represented, are the most direct way to close that gap.',
    ),
    p(
      'Public resources can help organisations begin. The ',
      external('https://www.ncsc.gov.uk', 'National Cyber Security Centre'),
      ' publishes guidance and free tools for exercising cyber incident response, which can be adapted to include operational consequences.',
    ),
    h2('Exercising at different levels'),
    'A mature exercise programme combines several formats. Short discussion-based sessions test understanding of roles and procedures at low cost. Tabletop exercises test decision-making across teams. Functional exercises test specific capabilities such as failover, communications or evacuation. Larger live exercises test the whole organisation, with partners, under realistic conditions. Each format answers different questions; relying on only one leaves gaps.',
    p(
      'Remote and distributed operations need particular care, because the delays and communication failures that matter most are hard to simulate around a conference table. The approach we described for ',
      linkTo(id.article('upstream-oil-gas-remote-site-resilience'), 'remote upstream sites'),
      ' applies widely.',
    ),
    h2('Turning findings into change'),
    'The value of an exercise is realised after it ends. Findings should be recorded plainly, assigned to owners, given realistic deadlines and tracked to completion. The next exercise should test whether the changes worked. Without that loop, exercising becomes a ritual and the same findings reappear year after year.',
    p(
      'ChaffCent designs, facilitates and evaluates exercises for organisations in high-consequence environments, as part of our ',
      linkTo(id.venture('it-ot-security-coordination'), 'security coordination'),
      ' work and our wider advisory services in ',
      linkTo(id.sector('security-resilience'), 'security and resilience'),
      '.',
    ),
  ],
}
