import type { Reporter } from './types';

export const postfix: Reporter = {
  id: 'postfix',
  name: 'Postfix',
  signals: {
    text: /This is the mail system at host|The mail system\n|X-Postfix-Queue-ID/,
    subject: /^Undelivered Mail Returned to Sender|^Delayed Mail \(still being retried\)/,
  },
};
