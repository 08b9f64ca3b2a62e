import type { Reporter } from './types';

export const exim: Reporter = {
  id: 'exim',
  name: 'Exim',
  signals: {
    headers: ['x-failed-recipients'],
    subject: /^Mail delivery failed|^Warning: message \S+ delayed|^Message frozen/,
    text: /This message was created automatically by mail delivery software|SMTP error from remote mail server/,
  },
};
