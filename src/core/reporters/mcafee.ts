import type { Reporter } from './types';

export const mcafee: Reporter = {
  id: 'mcafee',
  name: 'McAfee Email Gateway',
  signals: {
    headerValues: [['x-nai-header', /./]],
    text: /McAfee/,
  },
};
