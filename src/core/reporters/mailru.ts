import type { Reporter } from './types';

export const mailru: Reporter = {
  id: 'mailru',
  name: 'Mail.Ru',
  signals: {
    from: /mail\.ru/,
  },
};
