import type { Reporter } from './types';

export const mailfoundry: Reporter = {
  id: 'mailfoundry',
  name: 'MailFoundry',
  signals: {
    subject: /^Message delivery has failed/,
    text: /MailFoundry/i,
  },
};
