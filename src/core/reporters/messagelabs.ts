import type { Reporter } from './types';

export const messagelabs: Reporter = {
  id: 'messagelabs',
  name: 'Symantec MessageLabs',
  signals: {
    from: /messagelabs/,
  },
};
