import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const dronesNearAerodromes: ArticleSource = {
  slug: 'drones-near-aerodromes-shared-responsibility',
  title: 'Drones Near Aerodromes: Shared Airspace, Shared Responsibility',
  category: 'uav-counter-uav',
  sectors: ['uav-counter-uav', 'aviation'],
  excerpt:
    'How aerodrome operators, air navigation service providers, police and legitimate drone users can work together to manage drone activity near aerodromes safely and proportionately.',
  publishedAt: '2026-06-16',
  related: [
    'counter-uav-requirements-start-with-the-site',
    'layered-systems-complex-security-environments',
  ],
  body: [
    'The airspace around aerodromes is among the most carefully managed in the country. It is also increasingly shared. Drones are used for inspection, survey, emergency services, media and leisure, and some of those uses take place close to airfields with good reason. At the same time, unauthorised drone activity near an aerodrome can disrupt operations and, in the worst case, endanger aircraft.',
    'Managing that tension is not the task of any single organisation. Aerodrome operators, air navigation service providers, airlines, police, regulators and drone users each hold part of the picture and part of the response. The aerodromes that manage drone activity well are those that have organised that shared responsibility in advance.',
    h2('The regulatory baseline'),
    p(
      'In the United Kingdom, protected aerodromes are surrounded by flight restriction zones within which drones may not be flown without permission. Drone operators and remote pilots must also follow the wider rules on registration, competence and safe flying set by the ',
      external('https://www.caa.co.uk', 'UK Civil Aviation Authority'),
      '. That framework gives aerodromes a clear starting point: legitimate drone flights near the aerodrome should be known, permitted and coordinated; anything else is, by definition, a matter for attention.',
    ),
    'The framework does not, however, tell an aerodrome how to detect unauthorised activity, how to assess it or what to do about it. Those questions depend on the aerodrome’s own operation and on the arrangements it has made with others.',
    h2('Distinguishing the careless from the deliberate'),
    'Most drone activity near aerodromes is not hostile. Much of it involves people who are unaware of the restrictions, misjudge distances or lose control of an aircraft. A smaller proportion involves deliberate disregard of the rules, and a very small proportion may be intended to cause disruption or harm.',
    'A proportionate response depends on telling these apart, quickly and with reasonable confidence. That requires reliable detection, an assessment process that considers behaviour and context as well as position, and clear criteria for escalation. It also requires an honest acknowledgement that early assessments will sometimes be wrong, and procedures that remain safe when they are.',
    quote(
      'The aim is not to react to every drone with maximum force, but to make safe, defensible decisions about each one.',
    ),
    h2('What good arrangements include'),
    'Aerodromes that manage drone activity well tend to have agreed, documented and exercised arrangements covering:',
    bullets(
      'A process for receiving, approving and deconflicting legitimate drone flights within the restricted zone.',
      'Detection and reporting routes, including reports from pilots, staff and the public as well as any technical systems.',
      'Shared criteria, agreed with air traffic services, for when drone activity affects runway operations and who decides.',
      'Arrangements with the police for response, evidence gathering and, where appropriate, locating the pilot.',
      'Communications with airlines, passengers and the public during prolonged disruption.',
      'Recording and review of every significant event, so that patterns can be identified and procedures improved.',
    ),
    h2('Technology as one layer among several'),
    p(
      'Detection technology can add considerably to an aerodrome’s awareness, but it works best as one layer in a wider system. The principles set out in ',
      linkTo(
        id.article('counter-uav-requirements-start-with-the-site'),
        'Counter-UAV Requirements: Start with the Site, Not the Sensor',
      ),
      ' apply directly: understand the site and its operations first, be clear about the legal position, define what the capability must do and only then choose the equipment. The broader argument for ',
      linkTo(id.article('layered-systems-complex-security-environments'), 'layered systems'),
      ' explains why fusion and decision-making matter as much as detection.',
    ),
    h2('People and training'),
    p(
      'Whatever technology is in place, the quality of the response depends on people: controllers, operations staff, security teams and duty managers who know the procedures and have practised them together. Drone events are infrequent at most aerodromes, which makes regular exercising essential. The approach to training we have described for ',
      linkTo(id.article('aviation-training-capability-not-compliance'), 'aviation more generally'),
      ' applies here too: train for the decisions people will actually face, not only for the procedures on paper.',
    ),
    h2('Working together'),
    p(
      'ChaffCent works at the point where ',
      linkTo(id.sector('aviation'), 'aviation'),
      ' and ',
      linkTo(id.sector('uav-counter-uav'), 'counter-UAV'),
      ' meet: reviewing aerodrome arrangements, helping define requirements, supporting the integration of detection into operations and designing exercises that bring the relevant organisations together. Our ',
      linkTo(id.venture('layered-counter-uav-integration'), 'layered counter-UAV integration'),
      ' work is built on the view that shared airspace calls for shared, rehearsed arrangements.',
    ),
  ],
}
