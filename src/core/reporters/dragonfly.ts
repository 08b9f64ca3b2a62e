import type { Reporter } from './types';

export const dragonfly: Reporter = {
  id: 'dragonfly',
  name: 'DragonFly Mail Agent',
  signals: {
    text: /DragonFly|dma\b/,
  },
};
