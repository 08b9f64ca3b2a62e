import type { Reporter } from './types';

export const zoho: Reporter = {
  id: 'zoho',
  name: 'Zoho Mail',
  signals: {
    from: /zoho/,
    headers: ['x-zohomail'],
  },
};
