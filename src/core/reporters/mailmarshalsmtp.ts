import type { Reporter } from './types';

export const mailmarshalsmtp: Reporter = {
  id: 'mailmarshalsmtp',
  name: 'Trustwave MailMarshal',
  signals: {
    text: /MailMarshal/i,
  },
};
