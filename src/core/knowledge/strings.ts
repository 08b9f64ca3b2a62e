import type { Actor } from '../types';

/**
 * Every user-facing sentence the knowledge base assembles, in one place for later translation.
 * Cause-specific text lives with the causes (causes.ts).
 */
export const ACTOR_LABELS: Record<Actor, string> = {
  nobody: 'nobody',
  sender: 'you (the sender)',
  'sender-admin': 'your mail administrator',
  recipient: 'the recipient',
  'recipient-admin': "the recipient's mail administrator",
};

export const STRINGS = {
  headlineWait: 'Wait — the sending server will retry',
  headlineAct: (who: string) => `Action needed — ${who}`,
  headlineNotBounce: 'Not a bounce',
  // Relative to the notice, not to now: the panel shows the live retry window beside it, and an old
  // notice read days later must not claim the server is retrying today.
  stillRetrying: 'When this notice was sent, your server was still retrying the message.',
  plannedRetry: (span: string) => `It planned to keep trying for ${span} more.`,
  retryHours: (hours: number) =>
    hours >= 48 && hours % 24 === 0 ? `about ${hours / 24} days` : `about ${Math.round(hours)} hours`,
  noResend: 'Do not send the message again; a manual resend only creates a duplicate.',
  gaveUp: 'Your server has stopped trying: this message was not delivered.',
  gaveUpSteps: [
    'Send the message again later, or reach the person another way.',
  ],
  needsFixWhileRetrying: (who: string) =>
    `This will not clear by waiting: it repeats on every retry until ${who} fixes it.`,
  permanentIntro: 'The message was refused and will not be retried.',
  forwardToAdmin: 'Forward this notice to your mail administrator; it contains the technical details they need.',
  tellRecipient: 'Let the recipient know another way (phone, chat), since they cannot receive your e-mail about it.',
  resendAfterFix: 'Once it is fixed, send the message again.',
  queuedAfterFix: 'Once it is fixed, the queued message goes through on a later retry; send it again only if a later notice says it failed.',
} as const;

/** ACTOR_LABELS as a Map: the record read with the actor as key went megamorphic in V8. */
const ACTOR_LABEL_OF: ReadonlyMap<Actor, string> = new Map(Object.entries(ACTOR_LABELS) as [Actor, string][]);

export function actorLabel(actor: Actor): string {
  return ACTOR_LABEL_OF.get(actor)!;
}
