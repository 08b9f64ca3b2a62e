import type { Reporter } from './types';

export const ezweb: Reporter = {
  id: 'ezweb',
  name: 'au by KDDI (EZweb)',
  signals: {
    from: /ezweb\.ne\.jp/,
    text: /Each of the following recipients was rejected by a remote mail server/,
  },
};
