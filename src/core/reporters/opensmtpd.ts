import type { Reporter } from './types';

export const opensmtpd: Reporter = {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  signals: {
    subject: /^Delivery status notification: /,
    text: /This is the MAILER-DAEMON, please DO NOT REPLY|Your message could not be delivered/,
  },
};
