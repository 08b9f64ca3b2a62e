import type { Reporter } from './types';

export const sendgrid: Reporter = {
  id: 'sendgrid',
  name: 'SendGrid',
  signals: {
    from: /sendgrid/,
    headers: ['x-sendgrid-eid'],
  },
};
