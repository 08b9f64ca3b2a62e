import type { Reporter } from './types';

export const bigfoot: Reporter = {
  id: 'bigfoot',
  name: 'Bigfoot',
  signals: {
    from: /bigfoot\.com/,
  },
};
