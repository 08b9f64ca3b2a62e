import type { Reporter } from './types';

export const kddi: Reporter = {
  id: 'kddi',
  name: 'KDDI',
  signals: {
    from: /dion\.ne\.jp|kddi/,
  },
};
