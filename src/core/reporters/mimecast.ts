import type { Reporter } from './types';

export const mimecast: Reporter = {
  id: 'mimecast',
  name: 'Mimecast',
  signals: {
    from: /mimecast/,
    text: /mimecast/i,
  },
};
