import type { Reporter } from './types';

export const verizon: Reporter = {
  id: 'verizon',
  name: 'Verizon Wireless',
  signals: {
    from: /vzwpix\.com|vtext\.com/,
  },
};
