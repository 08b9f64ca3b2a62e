import type { Reporter } from './types';

export const opensmtpd: Reporter = {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  signals: {
    subject: /^Delivery status notification: /,
    // Not "Your message could not be delivered": Postfix's delay warning says that too
    // ("...could not be delivered for more than 4 hour(s)").
    text: /This is the MAILER-DAEMON, please DO NOT REPLY|An error has occurred while attempting to deliver a message for|A message is delayed for more than .{1,40} for the following/,
  },
};
