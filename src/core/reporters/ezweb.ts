import type { Reporter } from './types';

export const ezweb: Reporter = {
  id: 'ezweb',
  name: 'au by KDDI (EZweb)',
  signals: {
    from: /ezweb\.ne\.jp/,
  },
};
