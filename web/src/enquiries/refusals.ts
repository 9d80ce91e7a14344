/** What a visitor is told when an enquiry is refused: what happened, and what to do. */
export const REFUSALS = {
  tooLarge:
    'Your enquiry is longer than we can accept. Please shorten the message, or email us instead.',
  honeypot:
    'We could not accept this enquiry, as it looks automated. If you are a person, please email us instead.',
  confirm: 'Please check your details below and press “Send enquiry” again to send them.',
  tooFast:
    'That was quicker than we expect a person to be. Please check your details and send them again.',
  rateLimited:
    'You have sent several enquiries in the last hour. Please try again later, or email us instead.',
  challenge: 'Please complete the check that you are a person, then send your enquiry again.',
  invalid: 'Please correct the highlighted fields below.',
  unavailable:
    'We could not take your enquiry just now. Please try again in a few minutes, or email us instead.',
} as const
