import type { Reporter } from './types';

export const sendmail: Reporter = {
  id: 'sendmail',
  name: 'Sendmail',
  signals: {
    subject: /^Returned mail: |^Warning: could not send message|^Postmaster notify/,
    text: /----- The following addresses had permanent fatal errors -----|----- Transcript of session follows -----/,
  },
};
