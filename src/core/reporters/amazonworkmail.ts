import type { Reporter } from './types';

export const amazonworkmail: Reporter = {
  id: 'amazonworkmail',
  name: 'Amazon WorkMail',
  signals: {
    headerValues: [['x-mailer', /Amazon WorkMail/i]],
  },
};
