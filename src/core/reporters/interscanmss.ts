import type { Reporter } from './types';

export const interscanmss: Reporter = {
  id: 'interscanmss',
  name: 'Trend Micro InterScan MSS',
  signals: {
    from: /InterScan/i,
    subject: /^Mail could not be delivered/,
    text: /Message from InterScan Messaging Security Suite/,
  },
};
