import type { LegalSource } from '../lib/documents/pages'
import { id } from '../lib/ids'
import { bullets, external, h2, h3, linkTo, mailto, p, strong } from '../lib/rich-text'

const EMAIL = 'Contact@ChaffCent.co.uk'

/** Retention periods and processors are the firm's to confirm; see the seed report. */
export const privacy: LegalSource = {
  slug: 'privacy',
  title: 'Privacy Notice',
  summary:
    'How ChaffCent Ventures Limited collects, uses and protects personal data when you contact us or use this website, and the rights you have under UK data protection law.',
  effectiveDate: '2026-03-02',
  lastReviewedDate: '2026-10-19',
  body: [
    h2('Who we are'),
    'This notice explains how ChaffCent Ventures Limited (“ChaffCent”, “we”, “us”) collects and uses personal data. We are the controller of the personal data described in this notice for the purposes of the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018.',
    bullets(
      [
        strong('Company: '),
        'ChaffCent Ventures Limited, registered in England & Wales, company number 16873208.',
      ],
      [strong('Address: '), '61 Bridge Street, Kington, HR5 3DJ, United Kingdom.'],
      [strong('Email: '), mailto(EMAIL), '.'],
    ),
    'If you have a question about this notice or about how we handle your personal data, please write to us at the email address or postal address above.',
    h2('The personal data we collect'),
    h3('When you contact us'),
    'If you email us or otherwise get in touch, we receive the information you choose to give us. This usually includes your name, email address, organisation and role, any telephone number you provide, and the content of your message and any attachments. Please do not send us sensitive personal data, such as information about health, or confidential material unless we have asked for it and agreed how it will be handled.',
    h3('When you use this website'),
    'When you visit this website, the servers that host it automatically receive technical information needed to deliver pages to you and to keep the service secure. This includes your IP address, the date and time of each request, the page requested, the referring address and information about your browser and device. We do not use this information to identify you, except where that is necessary to investigate misuse of the site.',
    h3('Cookies'),
    'This website does not use advertising cookies or tracking cookies, and it does not use analytics services that build profiles of visitors. If a strictly necessary cookie is used, for example to keep a secure session for our own content editors, it is used only for that purpose. Strictly necessary cookies do not require consent under the Privacy and Electronic Communications Regulations 2003.',
    h3('In the course of our work'),
    'If you are a contact at a client, partner, supplier or other organisation we work with, we hold the business contact details and correspondence needed to manage that relationship.',
    h2('How we use personal data and our lawful bases'),
    'We use personal data only where we have a lawful basis under the UK GDPR:',
    bullets(
      [
        strong('To reply to enquiries and correspond with you. '),
        'Our lawful basis is our legitimate interest in responding to people who contact us and in developing our business. Where your enquiry concerns a contract you have with us or wish to enter into, the basis is that the processing is necessary for that contract or for steps you have asked us to take before entering into it.',
      ],
      [
        strong('To manage relationships with clients, partners and suppliers. '),
        'The performance of a contract, or our legitimate interest in running our business.',
      ],
      [
        strong('To operate the website and keep it secure. '),
        'Our legitimate interest in providing a reliable and secure website.',
      ],
      [
        strong('To meet our legal and regulatory obligations, '),
        'such as keeping accounting and tax records or responding to lawful requests from authorities. Our lawful basis is legal obligation.',
      ],
      [
        strong('To establish, exercise or defend legal claims. '),
        'Our legitimate interest in protecting our position.',
      ],
    ),
    'Where we rely on legitimate interests, we have considered whether those interests are overridden by your rights and freedoms, and concluded that they are not for the purposes above. You can ask us for more information about that assessment.',
    'We do not sell personal data. We do not use it for automated decision-making that produces legal or similarly significant effects. We will only send you marketing communications if you have asked to receive them, and you can ask us to stop at any time.',
    h2('Who we share personal data with'),
    'We share personal data only where necessary, with:',
    bullets(
      'service providers who support our business, such as email, IT and website hosting providers, acting on our instructions under contracts that require them to protect the data;',
      'professional advisers, such as accountants, auditors, lawyers and insurers, where needed for their services;',
      'partners or associates working with us on a matter, where you have asked us to involve them or it is necessary to respond to your enquiry;',
      'authorities, regulators, courts or law enforcement, where the law requires it or where it is necessary to establish, exercise or defend legal claims.',
    ),
    h2('International transfers'),
    'Some of our service providers may process personal data outside the United Kingdom. Where that happens, we make sure the data is protected as UK law requires: by transferring it to a country covered by UK adequacy regulations, or by using safeguards approved under UK law, such as the International Data Transfer Agreement or the UK Addendum to the EU standard contractual clauses.',
    h2('How long we keep personal data'),
    'We keep personal data for no longer than we need it for the purposes set out in this notice:',
    bullets(
      'Enquiries that do not lead to a working relationship are kept for up to two years after our last contact, so that we can refer to previous correspondence if you contact us again.',
      'Records relating to clients, partners and suppliers are kept for the duration of the relationship and for up to six years afterwards, reflecting the time limits for legal claims and our record-keeping obligations for tax purposes.',
      'Technical logs created when you use the website are kept for a short period for security and troubleshooting, normally no longer than 90 days, unless they are needed to investigate a specific incident.',
    ),
    'When personal data is no longer needed, we delete it or anonymise it securely.',
    h2('How we protect personal data'),
    'We use appropriate technical and organisational measures to protect personal data against unauthorised access, loss or misuse. These include access controls, encryption in transit, secure configuration of the services we use and limiting access to those who need it. No method of transmission over the internet is entirely secure, so please take care when sending confidential information by email.',
    h2('Your rights'),
    'Under UK data protection law you have the right to:',
    bullets(
      'ask for a copy of the personal data we hold about you (the right of access);',
      'ask us to correct personal data that is inaccurate or incomplete;',
      'ask us to erase your personal data in certain circumstances;',
      'ask us to restrict how we use your personal data in certain circumstances;',
      'object to our use of your personal data where we rely on legitimate interests, and object at any time to its use for direct marketing;',
      'ask us to transfer personal data you have given us to another organisation, where the processing is based on contract or consent and carried out by automated means;',
      'withdraw your consent at any time, where we rely on consent.',
    ),
    p(
      'To exercise any of these rights, please contact us at ',
      mailto(EMAIL),
      '. We may need to confirm your identity before acting on a request. We will respond within one month, which may be extended by up to two further months for complex requests, in which case we will tell you why. We do not usually charge a fee.',
    ),
    h2('Your right to complain'),
    'If you are unhappy with how we have handled your personal data, we would welcome the chance to put things right, so please contact us first.',
    p(
      'You also have the right to complain to the Information Commissioner’s Office (ICO), the UK supervisory authority for data protection: ',
      external('https://ico.org.uk', 'ico.org.uk'),
      ', telephone 0303 123 1113, or by post to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.',
    ),
    h2('Other websites'),
    'This website links to websites run by other organisations, including public bodies. We are not responsible for their privacy practices, and we encourage you to read their privacy notices.',
    h2('Changes to this notice'),
    p(
      'We review this notice regularly and will update it when our practices or the law change. The date of the last review is shown on this page. Your use of this website is also subject to our ',
      linkTo(id.legal('terms'), 'Terms of Use'),
      '.',
    ),
  ],
}
