import type { Reporter } from './types';

export const qmail: Reporter = {
  id: 'qmail',
  name: 'qmail',
  signals: {
    text: /This is the qmail-send program|I'm afraid I wasn't able to deliver your message|Below this line is a copy of the message/,
  },
};
