import type { Reporter } from './types';

export const notes: Reporter = {
  id: 'notes',
  name: 'Lotus Notes',
  signals: {
    textWithDaemon: /Lotus Notes|\-{6} Failure Reasons {2}\-{8}/,
  },
};
