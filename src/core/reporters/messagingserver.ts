import type { Reporter } from './types';

export const messagingserver: Reporter = {
  id: 'messagingserver',
  name: 'Oracle Communications Messaging Server',
  signals: {
    subject: /^Delivery Notification: /,
    text: /This report relates to a message you sent with the following header fields/,
  },
};
