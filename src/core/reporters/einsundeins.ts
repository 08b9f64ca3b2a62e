import type { Reporter } from './types';

export const einsundeins: Reporter = {
  id: 'einsundeins',
  name: '1&1 / IONOS',
  signals: {
    from: /kundenserver\.|1und1|ionos/,
  },
};
