import type { Reporter } from './types';

export const exchange2003: Reporter = {
  id: 'exchange2003',
  name: 'Microsoft Exchange 2000/2003',
  signals: {
    headerValues: [['x-mailer', /Internet Mail Service/i]],
    text: /did not reach the following recipient\(s\)|MSEXCH:/,
  },
};
