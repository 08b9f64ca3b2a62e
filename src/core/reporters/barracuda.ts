import type { Reporter } from './types';

export const barracuda: Reporter = {
  id: 'barracuda',
  name: 'Barracuda',
  signals: {
    subject: /Message you sent blocked by our bulk email filter/i,
    text: /Barracuda|blocked by our Spam (?:& Virus )?Firewall/,
  },
};
