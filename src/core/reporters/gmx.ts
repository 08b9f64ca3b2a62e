import type { Reporter } from './types';

export const gmx: Reporter = {
  id: 'gmx',
  name: 'GMX',
  signals: {
    from: /gmx\.(?:com|net|de)/,
  },
};
