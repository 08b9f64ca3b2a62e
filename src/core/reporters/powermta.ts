import type { Reporter } from './types';

export const powermta: Reporter = {
  id: 'powermta',
  name: 'PowerMTA',
  signals: {
    text: /PowerMTA|Reporting-MTA: dns; [\w.-]+\n+Received-From-MTA/i,
    subject: /^Delivery report$/,
  },
};
