import type { Reporter } from './types';

export const mfilter: Reporter = {
  id: 'mfilter',
  name: 'm-FILTER',
  signals: {
    headerValues: [['x-mailer', /m-FILTER/i]],
  },
};
