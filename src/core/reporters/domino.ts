import type { Reporter } from './types';

export const domino: Reporter = {
  id: 'domino',
  name: 'HCL / IBM Domino',
  signals: {
    subject: /^DELIVERY FAILURE:/,
    text: /Domino/,
  },
};
