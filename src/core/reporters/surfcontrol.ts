import type { Reporter } from './types';

export const surfcontrol: Reporter = {
  id: 'surfcontrol',
  name: 'SurfControl',
  signals: {
    headerValues: [['x-mailer', /SurfControl/i]],
  },
};
