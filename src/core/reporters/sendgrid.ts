import type { Reporter } from './types';

export const sendgrid: Reporter = {
  id: 'sendgrid',
  name: 'SendGrid',
  signals: {
    from: /sendgrid/,
    text: /This is an automatically generated message from SendGrid/,
    headers: ['x-sendgrid-eid'],
  },
};
