import type { Reporter } from './types';

export const amavis: Reporter = {
  id: 'amavis',
  name: 'amavis content filter',
  signals: {
    from: /content-filter/,
    text: /amavis/i,
  },
};
