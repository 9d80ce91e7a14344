import type { LegalSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { bullets, h2, linkTo, mailto, p } from '../lib/rich-text'

export const terms: LegalSource = {
  slug: 'terms',
  title: 'Terms of Use',
  summary:
    'The terms on which you may use this website. The site provides information only; nothing on it is legal, regulatory or technical advice.',
  effectiveDate: '2026-03-02',
  lastReviewedDate: '2026-10-19',
  body: [
    h2('About these terms'),
    'These terms govern your use of this website, which is operated by ChaffCent Ventures Limited (“ChaffCent”, “we”, “us”), a company registered in England & Wales with company number 16873208, of 61 Bridge Street, Kington, HR5 3DJ, United Kingdom.',
    'By using this website you accept these terms. If you do not accept them, please do not use the website.',
    h2('Information only, not advice'),
    'The content of this website, including articles published under Insights, is provided for general information only. Nothing on this site constitutes legal, regulatory, or technical advice, and it should not be relied on as such. You should obtain advice suited to your own circumstances before taking, or refraining from, any action on the basis of the content of this website.',
    'We take reasonable care to keep the content accurate and up to date, but we make no representation or warranty, express or implied, that it is accurate, complete or current. Articles reflect our views at the date of publication and may not be updated as circumstances change.',
    'Using this website, or sending us an enquiry through it, does not create a client relationship or any other contract between you and ChaffCent. Any services we provide are subject to separate written terms agreed with the client.',
    h2('Using this website'),
    'You may use this website only for lawful purposes. You must not:',
    bullets(
      'use the website in any way that breaches any applicable law or regulation;',
      'attempt to gain unauthorised access to the website, the servers on which it is hosted or any connected system;',
      'introduce viruses, malware or other material that is malicious or technologically harmful;',
      'carry out security testing, scanning or load testing of the website without our prior written permission;',
      'copy or extract content by automated means in a way that places an unreasonable load on the website or that breaches the section on intellectual property below.',
    ),
    h2('Intellectual property'),
    'The content of this website, including text, graphics and the arrangement of the site, is owned by or licensed to ChaffCent and is protected by copyright and other intellectual property rights.',
    'You may view the website, and print or download extracts for your own reference or for internal use within your organisation, provided you keep any copyright notice and acknowledge ChaffCent as the source. You must not use any part of the content for commercial purposes, or publish it elsewhere, without our prior written permission.',
    h2('Links to other websites'),
    'This website contains links to websites operated by others, including public bodies. Those links are provided for information only. We have no control over the content of those websites and accept no responsibility for them or for any loss that may arise from your use of them.',
    h2('Availability and changes'),
    'We do not guarantee that the website, or any content on it, will always be available or uninterrupted. We may change, suspend or withdraw all or part of the website at any time without notice.',
    h2('Our liability'),
    'To the extent permitted by law, we exclude all conditions, warranties and representations that might otherwise apply to this website and its content, and we will not be liable for any loss or damage arising from the use of, or inability to use, this website, or from reliance on its content. In particular, we will not be liable for any loss of profit, revenue, business, opportunity, goodwill or data, or for any indirect or consequential loss.',
    'Nothing in these terms excludes or limits our liability for death or personal injury caused by our negligence, for fraud or fraudulent misrepresentation, or for any other liability that cannot be excluded or limited under the law of England and Wales.',
    h2('Privacy'),
    p(
      'Our ',
      linkTo(id.legal('privacy'), 'Privacy Notice'),
      ' explains how we use personal data that we receive through this website or when you contact us.',
    ),
    h2('Changes to these terms'),
    'We may revise these terms from time to time. The version published on this page at the time you use the website applies. The date of the last review is shown on this page.',
    h2('Governing law and jurisdiction'),
    'These terms, and any dispute or claim arising out of or in connection with them or with your use of this website, are governed by the law of England and Wales. The courts of England and Wales have exclusive jurisdiction, except that if you are a consumer resident in Scotland or Northern Ireland you may also bring proceedings in the courts of that part of the United Kingdom.',
    h2('Contact'),
    p(
      'If you have any questions about these terms, please contact us at ',
      mailto('Contact@ChaffCent.co.uk'),
      '.',
    ),
  ],
}
