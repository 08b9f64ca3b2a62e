import type { Reporter } from './types';

export const outlook: Reporter = {
  id: 'outlook',
  name: 'Outlook.com / Hotmail',
  signals: {
    from: /postmaster@(?:[\w.-]+\.)?(?:hotmail|outlook|live|msn)\./,
    headers: ['x-message-delivery', 'x-message-info'],
  },
};
