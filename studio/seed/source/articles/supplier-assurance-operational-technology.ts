import type { ArticleSource } from '../lib/documents/article'
import { id } from '../lib/ids'
import { bullets, external, h2, linkTo, p, quote } from '../lib/rich-text'

export const otSupplierAssurance: ArticleSource = {
  slug: 'supplier-assurance-operational-technology',
  title: 'Supplier Assurance in Operational Technology: Beyond the Questionnaire',
  category: 'infrastructure-energy',
  sectors: ['infrastructure-energy'],
  excerpt:
    'Why assurance of operational technology suppliers must reach beyond the pre-contract questionnaire to remote access, updates, support and the engineers who work on site.',
  publishedAt: '2026-01-13',
  related: [
    'it-ot-convergence-high-consequence-environments',
    'upstream-oil-gas-remote-site-resilience',
  ],
  body: [
    'Operational technology is rarely built by the organisation that runs it. Control systems, safety systems, field devices and the software that configures them come from manufacturers, integrators and specialist maintainers, many of whom stay involved for as long as the plant operates. Their engineers connect to the system, update it and diagnose its faults, and they often hold knowledge of it that the operator does not.',
    'That dependence is normal and usually healthy. It does mean that the security and reliability of an operational environment rest partly on organisations outside the operator’s direct control. Supplier assurance is the work of understanding and managing that reliance.',
    h2('Why the questionnaire is not enough'),
    'Most procurement processes include a security questionnaire. It has value: it sets expectations and records what the supplier has claimed. Its limits are also well known. It is completed once, often by someone remote from the engineers who will do the work, and it describes policies rather than practice. An operational technology supplier may support a site for many years, during which its ownership, tooling and staff may all change.',
    'Assurance therefore needs to continue after the contract is awarded, and to concentrate on the points where a supplier actually touches the operational environment.',
    h2('Where suppliers touch the system'),
    'A practical starting point is to map every route by which a supplier’s people, software or equipment reach the operational estate. Typical points of contact include:',
    bullets(
      'Remote access for support and diagnostics, including how it is requested, approved, monitored and ended.',
      'Engineers working on site with their own laptops, tools and removable media.',
      'Software and firmware updates, and how their origin and integrity are checked before installation.',
      'Spare parts and replacement equipment, particularly where components come from third parties.',
      'Configuration files, backups and project data held by the supplier rather than the operator.',
      'Subcontractors who act on the supplier’s behalf and may not be visible to the operator at all.',
    ),
    'Each of these is a route by which a fault or a compromise could enter the system. Each is also something the operator can reasonably ask about, agree in contract and check in practice.',
    h2('Proportionate expectations'),
    'Not every supplier warrants the same scrutiny. A supplier with standing remote access to a safety-related control system presents a different risk from one that delivers instruments with no network connection. Assurance effort should follow the consequence of failure and the depth of access, which means the operator first needs a clear view of which systems matter most and which suppliers can reach them.',
    p(
      'The ',
      external('https://www.ncsc.gov.uk', 'National Cyber Security Centre'),
      ' publishes guidance on supply chain security that sets out how organisations can understand the risks, establish control and check that their arrangements work. It applies well to operational environments, provided it is read alongside the engineering realities of the plant: a patch that is routine in an office may need testing, a planned outage and a review against the safety case before it can be applied on site.',
    ),
    h2('Contracts and evidence'),
    'Contracts are where expectations become enforceable. For operational technology they should address how remote access is provided and controlled, how vulnerabilities are notified and remedied, how long products will be supported, what technical documentation the operator will hold, and what happens to the operator’s data and configurations if the relationship ends. Terms of this kind are much easier to agree at the outset than to add later, once the operator has come to depend on the supplier.',
    'Evidence should then be gathered in the ordinary course of operations, not only through occasional audit. Access logs, records of updates applied, observations from site visits and the supplier’s handling of reported issues say more about the relationship than a questionnaire renewed each year.',
    quote(
      'The most useful assurance evidence is usually produced by the work itself, not by a form completed about it.',
    ),
    h2('A shared responsibility across teams'),
    p(
      'Supplier assurance for operational technology cannot sit with procurement alone, nor with IT security alone. Engineering teams understand what the supplier does on the plant, security teams understand the threat, and commercial teams hold the contract. As ChaffCent argued in ',
      linkTo(
        id.article('it-ot-convergence-high-consequence-environments'),
        'our article on IT and OT convergence',
      ),
      ', responsibilities that fall between teams tend to be the first to fail. A named owner for each significant supplier relationship, drawing on all three perspectives, is a simple and effective remedy.',
    ),
    'That owner should also be involved when things go wrong. Suppliers are often essential to diagnosing and recovering from an incident, and the arrangements for reaching them out of hours, sharing information with them and deciding what they may do on the system are best agreed and rehearsed in advance.',
    h2('How ChaffCent helps'),
    p(
      'Our ',
      linkTo(id.venture('it-ot-security-coordination'), 'IT/OT security coordination'),
      ' work includes mapping supplier access to operational systems, setting assurance expectations in proportion to consequence, and bringing engineering, security and commercial teams to a shared view of where supplier risk lies and who manages it.',
    ),
  ],
}
