import type { Reporter } from './types';

export const googlegroups: Reporter = {
  id: 'googlegroups',
  name: 'Google Groups',
  signals: {
    text: /the group you tried to contact|Google Groups/,
  },
};
