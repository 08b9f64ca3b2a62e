import type { Reporter } from './types';

export const facebook: Reporter = {
  id: 'facebook',
  name: 'Facebook',
  signals: {
    from: /facebook/,
    text: /This message was created automatically by Facebook/,
  },
};
