import type { Reporter } from './types';

export const fml: Reporter = {
  id: 'fml',
  name: 'fml mailing list manager',
  signals: {
    headers: ['x-mlserver'],
    text: /\bfml\b/,
  },
};
