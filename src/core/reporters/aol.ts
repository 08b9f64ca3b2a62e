import type { Reporter } from './types';

/**
 * AOL's own notices ("Mail Delivery Problem", AIRmail) greet the sender by address and list each
 * AOL recipient by screen name alone, indented under "Your mail to the following recipients could not
 * be delivered…". A screen name is the local part of an aol.com address (AOL's own convention; the
 * BounceParser test mails expect the same), so the recipients the generic reading left without an
 * address are the listed names at aol.com.
 */
const SCREEN_NAME_LIST = /following recipients could not be delivered[^\n]*\n((?:[ \t]+[a-z][\w.-]{1,31}[ \t]*\n?)+)/i;

export const aol: Reporter = {
  id: 'aol',
  name: 'AOL',
  signals: {
    from: /@aol\.com/,
    headers: ['x-aol-ip'],
  },
  refine(drafts, notice) {
    const missing = drafts.filter((draft) => draft.address === null);
    if (missing.length === 0) return;
    const list = SCREEN_NAME_LIST.exec(notice.text);
    if (!list) return;
    const names = list[1]!.split('\n').map((line) => line.trim().toLowerCase()).filter(Boolean);
    // one refusal for the whole list: every name shares the first draft's codes and words
    names.forEach((name, at) => {
      const address = `${name}@aol.com`;
      if (at < missing.length) missing[at]!.address = address;
      else drafts.push({ ...missing[0]!, address });
    });
  },
};
