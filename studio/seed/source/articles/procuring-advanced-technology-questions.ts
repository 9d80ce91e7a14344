import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { external, h2, h3, linkTo, numbered, p, quote } from '../lib/rich-text'

export const procuringAdvancedTechnology: ArticleSource = {
  slug: 'procuring-advanced-technology-questions',
  title: 'Before the Demonstration: Questions to Ask When Procuring Advanced Technology',
  category: 'technology',
  sectors: ['advanced-technology'],
  excerpt:
    'A set of practical questions for organisations evaluating advanced technology, from analytics and autonomy to sensing, before a persuasive demonstration shapes the decision.',
  publishedAt: '2026-09-08',
  related: ['data-to-decision-governed-exploitation-layers', 'capability-development-through-life'],
  body: [
    'Advanced technology is usually sold through demonstration. A system detects, classifies, predicts or automates something impressive in front of an audience, and the conversation moves quickly towards price and delivery. Demonstrations have their place. They show what a technology can do in favourable conditions. They rarely show what it will do in yours.',
    'Organisations procuring analytics, autonomy, advanced sensing or similar capabilities are better served by settling a small number of questions before the demonstration, so that what they see can be judged against what they need. The questions below are deliberately plain. Their value lies in being asked early and answered in writing.',
    h2('Questions about the requirement'),
    numbered(
      'What decision or task will this technology improve, and how is that decision or task performed today?',
      'How will we know, in measurable terms, that it has improved?',
      'What happens if the technology is unavailable, degraded or wrong, and is that consequence acceptable?',
    ),
    'If these questions cannot be answered, the organisation is not yet ready to evaluate suppliers. It may be ready to explore the technology, which is a different and cheaper activity.',
    h2('Questions about performance'),
    'Performance claims should be tested against conditions that resemble the intended use. Useful questions include the data or environments on which the system was developed and tested, how its performance varies across the conditions that matter to the organisation, how it reports its own confidence, and what independent evidence exists beyond the supplier’s own trials.',
    quote(
      'A demonstration answers the question “can it work?”. A procurement must answer the question “will it work here, for us, for long enough?”.',
    ),
    h2('Questions about data and governance'),
    p(
      'Many advanced technologies are, at heart, data systems. They depend on data to function, generate data as they operate and may be improved using data from the customer. The governance questions therefore matter as much as the technical ones: who owns the data, where it is processed and stored, whether it is used to train models that serve other customers, how access is controlled and how activity is audited. The principles in ',
      linkTo(id.article('data-to-decision-governed-exploitation-layers'), 'From Data to Decision'),
      ' offer a framework for those conversations.',
    ),
    p(
      'Where personal data is involved, the organisation will need to consider its obligations under UK data protection law, including whether a data protection impact assessment is required. The ',
      external('https://ico.org.uk', 'Information Commissioner’s Office'),
      ' publishes guidance on assessing and mitigating the risks of new technologies that process personal data.',
    ),
    h2('Questions about integration and security'),
    h3('Integration'),
    'A capable system that cannot exchange information with the systems around it will deliver a fraction of its potential. It is worth establishing early which interfaces and standards the system supports, who is responsible for integration work, and what happens to that integration when either side is updated.',
    h3('Security'),
    p(
      'Advanced technology often brings new suppliers, new software dependencies and new remote-access arrangements into an organisation. Each is a potential route for compromise. The ',
      external('https://www.ncsc.gov.uk', 'National Cyber Security Centre'),
      ' provides guidance on supply chain security that applies directly to these procurements. Suppliers should be able to explain how their products are developed, updated and supported securely, and how vulnerabilities are handled.',
    ),
    h2('Questions about sustainment'),
    p(
      'Finally, the through-life questions. Who will operate and maintain the system, with what training? How often will it be updated, and how will updates be tested before deployment? What will it cost to run in the third and fifth years, not only the first? What is the exit route if the supplier changes direction or the technology is overtaken? These are the same questions that apply to any ',
      linkTo(id.article('capability-development-through-life'), 'through-life capability'),
      ', and they are easier to answer before a contract than after it.',
    ),
    h2('Using the answers'),
    'Answered honestly, these questions allow a demonstration to be judged on its merits. They also protect suppliers with good products from being compared unfavourably with suppliers whose demonstrations are more polished than their systems.',
    p(
      'ChaffCent supports organisations evaluating ',
      linkTo(id.sector('advanced-technology'), 'advanced technology'),
      ', from requirement definition to supplier assessment and integration planning. Where we also work alongside technology developers, our approach to ',
      linkTo(id.page('partnerships'), 'partnerships'),
      ' is to declare the relationship, so that customers can weigh our advice with that knowledge.',
    ),
  ],
}
