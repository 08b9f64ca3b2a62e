import type { Reporter } from './types';

export const yandex: Reporter = {
  id: 'yandex',
  name: 'Yandex',
  signals: {
    from: /yandex\./,
  },
};
