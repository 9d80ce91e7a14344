import type { LegalSource } from '../lib/documents/pages'
import { bullets, h2, mailto, p } from '../lib/rich-text'

/** A voluntary statement: it states no turnover and no approval date the firm has not given. */
export const modernSlavery: LegalSource = {
  slug: 'modern-slavery',
  title: 'Modern Slavery Statement',
  summary:
    'ChaffCent Ventures Limited’s voluntary statement on the steps it takes to prevent modern slavery and human trafficking in its business and supply chains.',
  effectiveDate: '2026-04-01',
  lastReviewedDate: '2026-10-19',
  body: [
    h2('Introduction'),
    'ChaffCent Ventures Limited (“ChaffCent”) is opposed to modern slavery and human trafficking in all their forms, including forced and compulsory labour, servitude and the exploitation of children. We publish this statement voluntarily. It follows the matters that section 54 of the Modern Slavery Act 2015 suggests a statement may cover, and it sets out the steps we take to reduce the risk of modern slavery in our own business and in our supply chains.',
    h2('Our organisation and business'),
    'ChaffCent Ventures Limited is a company registered in England & Wales (company number 16873208), based at 61 Bridge Street, Kington, HR5 3DJ, United Kingdom. We are a strategic advisory and capability platform working across security, aviation, infrastructure and energy, resilience, upstream oil and gas, UAV and counter-UAV, and advanced technology.',
    'Our work is delivered by our own people and, where a task requires it, by specialist associates and partners. We work with clients in the United Kingdom and internationally.',
    h2('Our supply chains'),
    'As an advisory business, our direct supply chains are relatively simple. They include:',
    bullets(
      'specialist associates, consultants and partner organisations who contribute to our work;',
      'professional services such as accountancy, legal and insurance;',
      'information technology, software and online services;',
      'travel and accommodation;',
      'office equipment and supplies.',
    ),
    'Some of our work takes place on or in connection with clients’ operational sites, including in sectors and regions where labour-intensive services such as security, construction, logistics, catering and cleaning are provided by contractors. Although we do not usually procure those services ourselves, we recognise that they can carry a higher risk of exploitation, and we take that into account in how we work.',
    h2('Our policies'),
    'We expect everyone who works for or with us to act with integrity and to treat people with dignity and respect. We expect our associates, partners and suppliers to comply with the Modern Slavery Act 2015 and equivalent laws elsewhere, to pay workers fairly and on time, to respect their freedom to leave employment, and not to charge workers recruitment fees or withhold their identity documents.',
    p(
      'Anyone who has a concern about modern slavery connected with our business or supply chains can raise it with us in confidence at ',
      mailto('Contact@ChaffCent.co.uk'),
      '. We will look into every concern raised and will not penalise anyone for raising a concern in good faith. Anyone who believes a person is in immediate danger should call 999. Concerns can also be reported to the Modern Slavery & Exploitation Helpline on 08000 121 700.',
    ),
    h2('Risk assessment and due diligence'),
    'We assess the risk of modern slavery when we engage associates, partners and suppliers, taking into account the sector, the country in which work will be performed, the nature of the work and how the workforce is recruited. Our due diligence is proportionate to that risk and includes:',
    bullets(
      'knowing who we work with, and understanding how partners recruit and manage the people they deploy on our work;',
      'including terms in our agreements with associates, partners and suppliers that require compliance with modern slavery laws and allow us to ask questions where concerns arise;',
      'asking additional questions about recruitment, working conditions and accommodation where work involves higher-risk sectors or regions;',
      'raising concerns with clients where we observe indicators of exploitation on sites where we work.',
    ),
    'We will not knowingly work with any organisation that is involved in modern slavery or human trafficking. Where we identify a concern, we will seek to address it with the organisation concerned and, where appropriate, end the relationship and inform the relevant authorities.',
    h2('Training and awareness'),
    'Our directors, and anyone who engages associates, partners or suppliers on our behalf, are made aware of the indicators of modern slavery and of how to raise a concern. We draw on guidance published by the UK Government and refresh this awareness when our work takes us into new sectors or regions.',
    h2('Measuring effectiveness'),
    'We keep our approach under review by considering, each year, whether new associates, partners and suppliers have been assessed for risk, whether those who engage them have been made aware of the indicators of modern slavery, and whether any concerns have been raised and how they were resolved.',
    h2('Review and approval'),
    'We review this statement at least once a year and update it as our business and supply chains change. This statement has been approved by the directors of ChaffCent Ventures Limited.',
  ],
}
