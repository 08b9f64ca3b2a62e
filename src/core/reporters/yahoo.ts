import type { Reporter } from './types';

export const yahoo: Reporter = {
  id: 'yahoo',
  name: 'Yahoo Mail',
  signals: {
    from: /@(?:[\w.-]+\.)?yahoo(?:inc)?\.|yahoo/,
    text: /Sorry, we were unable to deliver your message to the following address/,
  },
};
