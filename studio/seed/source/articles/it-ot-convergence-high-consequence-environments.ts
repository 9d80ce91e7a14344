import type { ArticleSource } from '../lib/documents/article'

/**
 * The client's own article, the one page of the old site that survives. Its body is the text
 * of the `9:T1707` chunk of `shared/seed/insight-page.rsc.txt`, paragraph for paragraph and
 * character for character: do not edit the wording. The payload kept the text without its
 * HTML tags, so no emphasis or headings could be carried over; it is 17 paragraphs of prose.
 */
export const itOtConvergence: ArticleSource = {
  slug: 'it-ot-convergence-high-consequence-environments',
  title:
    'IT and OT Convergence in High-Consequence Environments: What Good Security Coordination Looks Like',
  category: 'infrastructure-energy',
  sectors: ['infrastructure-energy', 'security-resilience'],
  excerpt:
    'A practical view on why IT and OT security cannot be managed in isolation in high-consequence environments, and what a disciplined coordination model looks like in practice.',
  publishedAt: '2025-04-08',
  statedReadMinutes: 6,
  related: [
    'layered-systems-complex-security-environments',
    'data-to-decision-governed-exploitation-layers',
  ],
  body: [
    'In high-consequence environments, the old division between IT and OT is still visible, but it is no longer sufficient.',
    'For years, organisations treated enterprise IT and operational technology as largely separate concerns. IT handled business systems, user devices, identity, email, and data. OT handled control systems, industrial processes, plant visibility, equipment telemetry, and field operations. That separation was once manageable. In many environments, it is no longer realistic.',
    'As infrastructure becomes more connected, more software-defined, and more dependent on data exchange, the boundary between the two becomes harder to govern by habit alone. Operational environments now depend on digital coordination in ways that were once limited to office systems. At the same time, enterprise decisions increasingly affect field operations, engineering assurance, remote support, vendor access, maintenance planning, and incident response.',
    'That is why IT and OT convergence must be approached carefully. Convergence does not mean treating OT like ordinary corporate IT. It means recognising that security, resilience, and operational continuity now depend on better coordination between the two.',
    'The first mistake is assuming that tools alone will solve the problem. They will not. A monitoring platform, a firewall refresh, a new identity control, or a segmentation project may all be useful, but none of them removes the need for operating discipline. In serious environments, the real issue is often not the absence of technology. It is the absence of clear decision-making across domains with different priorities, tolerances, and failure modes.',
    'IT teams are often focused on confidentiality, identity, standardisation, patching cadence, and enterprise risk. OT teams are often focused on safety, uptime, deterministic behaviour, engineering reliability, vendor compatibility, and continuity of operations. Both are rational. Problems emerge when one side assumes its logic should dominate the other without adjustment.',
    'Good coordination begins with a more mature question: what must be protected, what must remain available, and what change can be tolerated in the real operating environment.',
    'That means identifying critical processes, dependencies, trust boundaries, access paths, remote support arrangements, third-party interfaces, and failure consequences before rushing into technical control changes. In high-consequence settings, an elegant security measure that disrupts operations at the wrong moment is not a success. Nor is operational convenience a justification for weak control where exposure is material.',
    'A disciplined model usually starts with shared asset understanding. Many organisations still know their enterprise environment better than their industrial one. They may have stronger inventories for laptops than for field-connected devices, clearer identity models for office users than for engineering access, and better visibility of cloud services than of operational dependencies. That imbalance makes coordinated security difficult from the start.',
    'The next requirement is governance. Someone must define how decisions are made across IT and OT, which systems are considered critical, who approves changes, how exceptions are handled, and what constitutes acceptable risk in different operating states. Without this, coordination becomes personality-driven and inconsistent.',
    'Segmentation also matters, but it must be implemented with operational realism. Good segmentation reduces unnecessary trust, limits lateral movement, and makes monitoring more useful. Poor segmentation can create brittle operations, unclear ownership, and workarounds that quietly reintroduce risk. In serious environments, segmentation is not merely a network design exercise. It is a business continuity question.',
    'Then there is access. Remote access, vendor support, maintenance pathways, jump hosts, privileged activity, and emergency change procedures all sit near the fault line between IT and OT. These are often the points where convenience, necessity, and risk meet most directly. Mature organisations do not ignore that tension. They manage it deliberately.',
    'Monitoring is another area where good coordination shows. Enterprise monitoring and industrial monitoring do not need to be identical, but they do need to inform one another. Security telemetry without operational context can generate noise. Operational anomalies without security visibility can be misread or missed. The point is not to force uniformity. It is to improve shared awareness.',
    'Exercises and incident response planning are where theory becomes reality. If IT and OT teams have never tested decision-making together, the first serious incident will expose it. Clear escalation paths, agreed communications, engineering input, and realistic recovery priorities make a material difference when the environment is under pressure.',
    'The same principle applies to penetration testing and validation activity. In high-consequence environments, testing must be carefully scoped, properly governed, and tied to operational realities. A test that proves technical access but ignores safety, downtime sensitivity, or engineering consequences is incomplete. Serious validation requires discipline, not theatre.',
    'The practical lesson is clear. IT and OT convergence is not about collapsing two worlds into one. It is about building a credible coordination model between them. That means shared visibility, realistic governance, disciplined access control, operationally aware monitoring, and incident response that reflects how the environment actually works.',
    'In high-consequence environments, good security coordination is not the product of slogans. It is the product of structure.',
  ],
}
