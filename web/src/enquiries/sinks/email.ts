import nodemailer from 'nodemailer'
import type { Enquiry } from '../fields'

export interface EmailSinkConfig {
  smtpUrl: string
  to: string
  from: string
}

/** The enquiry as a plain-text email; the visitor's address is the Reply-To, never the sender. */
export function enquiryEmail(enquiryId: string, enquiry: Enquiry, receivedAt: number) {
  return {
    subject: `Website enquiry: ${enquiry.enquiryType}`,
    replyTo: enquiry.email,
    // One Message-ID per enquiry: a mail system that sees a redelivery can drop it.
    messageId: `<enquiry-${enquiryId}@chaffcent.website>`,
    text: [
      `Received: ${new Date(receivedAt).toISOString()}`,
      `Type: ${enquiry.enquiryType}`,
      `Name: ${enquiry.name}`,
      `Email: ${enquiry.email}`,
      `Organisation: ${enquiry.organisation || '(not given)'}`,
      `Reference: ${enquiryId}`,
      '',
      enquiry.message,
    ].join('\n'),
  }
}

/** Sends enquiries over SMTP with nodemailer. */
export function emailSink(config: EmailSinkConfig) {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 10_000,
    socketTimeout: 10_000,
  })
  return {
    async deliver(enquiryId: string, enquiry: Enquiry, receivedAt: number): Promise<void> {
      await transport.sendMail({
        from: config.from,
        to: config.to,
        ...enquiryEmail(enquiryId, enquiry, receivedAt),
      })
    },
  }
}
