import type { Reporter } from './types';

export const powermta: Reporter = {
  id: 'powermta',
  name: 'PowerMTA',
  signals: {
    text: /PowerMTA|to inform you on the delivery status of a message you previously sent|Reporting-MTA: dns; [\w.-]+\n+Received-From-MTA/i,
    subject: /^Delivery report$/,
  },
};
