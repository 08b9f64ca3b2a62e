import type { Reporter } from './types';

export const imailserver: Reporter = {
  id: 'imailserver',
  name: 'Ipswitch IMail Server',
  signals: {
    headerValues: [['x-mailer', /SMTP32/i]],
  },
};
