import type { Reporter } from './types';

export const aol: Reporter = {
  id: 'aol',
  name: 'AOL',
  signals: {
    from: /@aol\.com/,
    headers: ['x-aol-ip'],
  },
};
