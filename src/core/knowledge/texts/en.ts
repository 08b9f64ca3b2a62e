import type { AdviceStrings, CauseText } from './types';

/**
 * English. The plain layer is written for an office worker whose message bounced, the technical one
 * for the IT admin or e-mail provider they forward it to (see types.ts).
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'nobody',
    sender: 'you',
    'sender-admin': 'your IT admin or e-mail provider',
    recipient: 'the recipient',
    'recipient-admin': "the recipient's IT admin",
  },
  unknownAddress: 'the recipient',
  countOfRecipients: (count) => `${count} recipients`,
  headlineFinal: (happened, next) => `${happened} — ${next}, then send again`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Don't resend.`,
  headlineWaiting: (address) => `Not delivered yet to ${address} — nothing to do`,
  headlineSeveralSame: (count, next) => `${count} recipients not reached — ${next}, then send again`,
  headlineSeveralDifferent: (count, problems) => `${count} recipients not reached, for ${problems} different reasons`,
  headlineNotBounce: 'Not a bounce',
  resendWhileWaiting: "Don't send it again: your mail server keeps trying by itself, and a second copy would arrive twice.",
  resendWhileFixing: "Don't send it again: once it is fixed, the copy still waiting on your mail server goes through.",
  resendAfterYourFix: 'Then send it again.',
  resendAfterTheirFix: (who) => `Send it again once ${who} has fixed it.`,
  resendLater: 'Send it again later, or reach them another way.',
  urgentAnotherWay: 'If it is urgent, reach them another way (phone, chat) in the meantime.',
  tellRecipient: 'Let the recipient know another way (phone, chat): they cannot get your e-mail about it.',
  stillRetrying: 'When this notice was written, the sending server was still retrying the message.',
  plannedRetry: (hours) =>
    `It planned to keep trying for ${hours >= 48 && hours % 24 === 0 ? `about ${hours / 24} days` : `about ${Math.round(hours)} hours`} more.`,
  needsFixWhileRetrying: (who) => `This does not clear by waiting: every retry meets it again until ${who} fixes it.`,
  gaveUp: 'The sending server has stopped trying: this message was not delivered.',
};

/** Per cause id (causes.ts). */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  'user-unknown': {
    title: 'The recipient address does not exist',
    happened: "{address} doesn't exist",
    next: 'check the address',
    youDo: ['Check the address for typos (the part before the @).', 'If it looks right, ask the person for their current address another way.'],
    resend: 'Send it again to the corrected address.',
    explanation:
      "The recipient's mail server says it has no mailbox of this name (X.1.1, \"user unknown\"). Usually the address is misspelled or the person has left; the sending side cannot change that.",
    adminSteps: ['Nothing to fix on your side.', 'Remove the address from contact lists and mailing lists if it stays invalid.'],
  },
  'mailbox-full': {
    title: "The recipient's mailbox is full",
    happened: "{address}'s mailbox is full",
    next: 'let them know',
    youDo: ['Let the person know another way (phone, chat) that their mailbox is full.'],
    resend: 'Send it again once they have made room.',
    explanation:
      "The recipient's mailbox is over its storage quota (X.2.2). Servers usually defer (4xx) at first and refuse (5xx) later; either way it clears only when the recipient deletes mail or their admin raises the quota.",
    adminSteps: ['Nothing to fix on your side.', "If it keeps happening with the same organisation, their admin can raise the mailbox quota."],
  },
  'gmail-receiving-rate': {
    title: "Recipient's Gmail account is receiving mail too fast",
    happened: '{address} is getting too much mail right now',
    next: 'wait',
    youDo: ['If you send this person automated or bulk mail, send less often.'],
    resend: 'Send it again in an hour or two.',
    explanation:
      'Gmail limits how much mail one account may receive per minute, hour and day (450 4.2.1 ReceivingRate). This account is over that limit right now, often because some system forwards lots of mail into it, so Gmail asked the sending server to slow down and retry.',
    adminSteps: [
      'Let the sending server retry; do not raise retry frequency.',
      'If it keeps happening, the recipient should stop the flood (a noisy alert, a forwarding rule) or use a Google Group for high-volume mail.',
    ],
  },
  'no-ptr': {
    title: 'Your sending server has no valid reverse DNS (PTR) record',
    happened: 'Your mail server is being turned away',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "The receiving server looked up the name behind the sending IP address (its reverse DNS, PTR record) and found none, or found a name that does not resolve back to the same address (no forward-confirmed reverse DNS). Many servers refuse or defer such mail; even when the code is 4xx it repeats until the DNS is fixed.",
    adminSteps: [
      'Ask whoever owns the sending IP address (usually the hosting or internet provider) to publish a PTR record for it.',
      'Make the PTR name resolve back to the same address (an A or AAAA record), and use that name in HELO/EHLO.',
    ],
  },
  'dnsbl-listed': {
    title: 'Your sending server is on a public blocklist',
    happened: 'Your mail server is on a spam blocklist',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can get the listing removed.'],
    explanation:
      'The receiving server checked the sending IP address against a DNS blocklist (DNSBL, such as Spamhaus, SpamCop or Barracuda) and found it listed. The listing blocks your mail at every receiver that uses that list, not only this one.',
    adminSteps: [
      'Look up the sending IP address on the list named in the refusal and follow its removal procedure.',
      'Find and stop the cause first (a compromised account, an open relay, a bulk sender on a shared IP), or the listing returns.',
    ],
  },
  greylisting: {
    title: 'Greylisting: the recipient server asked to try again later',
    happened: '{address} asked your mail server to try again later',
    next: 'wait',
    youDo: [],
    explanation:
      'The receiving server greylists: it refuses the first attempt from an unknown sender with a temporary code (usually 451 4.7.1) and accepts the retry a few minutes later. Well-behaved servers retry by themselves.',
    adminSteps: ['Nothing to do unless it keeps failing for hours: then the sending server does not retry correctly (or retries from a different IP address each time).'],
  },
};
