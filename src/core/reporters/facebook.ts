import type { Reporter } from './types';

export const facebook: Reporter = {
  id: 'facebook',
  name: 'Facebook',
  signals: {
    from: /facebook/,
  },
};
