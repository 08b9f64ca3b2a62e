import type { Reporter } from './types';

export const biglobe: Reporter = {
  id: 'biglobe',
  name: 'BIGLOBE',
  signals: {
    from: /biglobe\.ne\.jp/,
  },
};
