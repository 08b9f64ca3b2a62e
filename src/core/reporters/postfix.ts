import type { Reporter } from './types';

export const postfix: Reporter = {
  id: 'postfix',
  name: 'Postfix',
  signals: {
    // "(in reply to RCPT TO command)" is Postfix's own phrasing, kept in its translated notices too
    text: /This is the mail system at host|This is the Postfix program at host|The mail system\n|X-Postfix-Queue-ID|\(in reply to (?:RCPT TO|end of DATA|MAIL FROM|DATA) command\)/,
    subject: /^Undelivered Mail Returned to Sender|^Delayed Mail \(still being retried\)/,
  },
};
