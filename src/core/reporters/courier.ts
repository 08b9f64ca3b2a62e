import type { Reporter } from './types';

export const courier: Reporter = {
  id: 'courier',
  name: 'Courier MTA',
  signals: {
    text: /Courier mail server|courier-mta|This is a delivery status notification from/i,
  },
};
