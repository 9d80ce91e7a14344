import { category, type CategorySource } from './lib/documents/catalogue'

/** Insight categories. The first three are the client's own; the rest follow its domains. */
export const categories: CategorySource[] = [
  {
    slug: 'infrastructure-energy',
    title: 'Infrastructure & Energy',
    description:
      'Security, resilience and operational coordination for infrastructure and energy operators, from converged IT and OT estates to remote upstream sites.',
  },
  {
    slug: 'security-resilience',
    title: 'Security & Resilience',
    description:
      'How monitoring, protection and response programmes are designed, governed and sustained as layered systems rather than isolated purchases.',
  },
  {
    slug: 'technology',
    title: 'Technology',
    description:
      'Data, analytics and advanced technology judged by what they contribute to decisions: provenance, governance, access control and audit.',
  },
  {
    slug: 'aviation',
    title: 'Aviation',
    description:
      'Aviation training, operational assurance and the disciplines that keep people, aircraft and airspace safe.',
  },
  {
    slug: 'uav-counter-uav',
    title: 'UAV & Counter-UAV',
    description:
      'Uncrewed aircraft as a capability and as a threat: requirement setting, layered detection and response, and lawful, proportionate use.',
  },
  {
    slug: 'capability-development',
    title: 'Capability Development',
    description:
      'Turning a requirement into a capability that works in service: people, process, equipment, training and sustainment together.',
  },
]

export const categoryDocuments = () => categories.map(category)
