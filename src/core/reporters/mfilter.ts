import type { Reporter } from './types';

export const mfilter: Reporter = {
  id: 'mfilter',
  name: 'm-FILTER',
  signals: {
    headerValues: [['x-mailer', /m-FILTER/i]],
    text: /このメールは「m-FILTER」が自動的に生成/,
  },
};
