import type { Reporter } from './types';

export const activehunter: Reporter = {
  id: 'activehunter',
  name: 'ActiveHunter',
  signals: {
    subject: /^FAILURE NOTICE :/,
    text: /ActiveHunter/i,
  },
};
