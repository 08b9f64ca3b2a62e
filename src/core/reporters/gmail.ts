import type { Reporter } from './types';

export const gmail: Reporter = {
  id: 'gmail',
  name: 'Gmail / Google Workspace',
  signals: {
    from: /mailer-daemon@(?:googlemail|gmail|google)\.com/,
    text: /Gmail will retry|Google tried to deliver your message|\*\* (?:Address not found|Message not delivered|Delivery incomplete|Message blocked) \*\*/i,
  },
};
