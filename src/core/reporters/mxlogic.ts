import type { Reporter } from './types';

export const mxlogic: Reporter = {
  id: 'mxlogic',
  name: 'McAfee MXLogic',
  signals: {
    from: /mxlogic|mxl\d/,
  },
};
