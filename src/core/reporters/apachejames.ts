import type { Reporter } from './types';

export const apachejames: Reporter = {
  id: 'apachejames',
  name: 'Apache James',
  signals: {
    text: /Apache James|Error message below:/,
  },
};
