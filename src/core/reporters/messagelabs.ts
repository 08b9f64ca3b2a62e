import type { Reporter } from './types';

export const messagelabs: Reporter = {
  id: 'messagelabs',
  name: 'Symantec MessageLabs',
  signals: {
    from: /messagelabs/,
    text: /This is the mail delivery agent at (?:Symantec Email Security\.cloud|messagelabs\.com)/,
  },
};
