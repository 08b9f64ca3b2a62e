/**
 * A notice pasted into the popup as its body alone (no subject, no sender): a mail system that signs the
 * notice in its own template words and says the delivery failed or is delayed is recognised; a person's
 * text with the same failure words but no system's signature is not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRendered } from '../../src/core/index';

const BODIES: Array<[string, string, string]> = [
  ['Postfix (older template)', 'postfix', `This is the Postfix program at host mail.example.com.

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

			The Postfix program

<ana@example.net>: Name service error for domain example.net: Host not found
`],
  ['Amazon SES', 'amazonses', `An error occurred while trying to deliver the mail to the following recipients:
ana@example.net
`],
  ['OpenSMTPD delay', 'opensmtpd', `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

    A message is delayed for more than 4 hours for the following
    list of recipients:

ana@example.net: Network error on destination MXs

    Please note that this is only a temporary failure report.
`],
  ['Symantec Email Security.cloud', 'messagelabs', `This is the mail delivery agent at Symantec Email Security.cloud.
I was unable to deliver your message to the following addresses:

ana@example.net

Reason: 550 ana@example.net... No such user
`],
  ['InterScan MSS', 'interscanmss', `****** Message from InterScan Messaging Security Suite ******

The following mail could not be delivered.
Reason: Unable to deliver message to <ana@example.net>.
`],
];

describe('a notice pasted without subject or sender', () => {
  it.each(BODIES)('%s is a bounce, read with its own family', (_, reporter, text) => {
    const d = analyzeRendered({ text });
    expect(d.bounce).toBe(true);
    expect(d.reporter).toBe(reporter);
    expect(d.recipients.map((r) => r.address)).toContain('ana@example.net');
  });

  it("a person's text with the same failure words but no mail system's signature is not", () => {
    const text = `Hi Ana,

the courier says an error occurred while trying to deliver the parcel, so it could not be delivered today.
They will try again tomorrow.

Ben`;
    expect(analyzeRendered({ text }).bounce).toBe(false);
  });
});
