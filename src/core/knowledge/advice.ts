import type { Actor, Advice, AdviceGroup, NoticeKind, RecipientStatus, ResendWhen } from '../types';
import { PTR_EXAMPLES, causeOrThrow, getCause, type Cause } from './causes';
import { reverseDnsPair, sendingAddressIn } from './sending-address';
import { textsFor } from './texts/index';
import type { AdviceStrings, CauseText } from './texts/types';

export interface AdviseInput {
  recipient: RecipientStatus;
  kind: NoticeKind;
  reporter: string | null;
  /** The language to advise in (a tag such as "de" or "pt-BR"; English when the knowledge base lacks it). */
  language?: string;
}

/** A cause's texts in a language (texts/<code>.ts); every cause has them in every language (test/unit/cause-texts.test.ts). */
export function causeText(cause: Cause, language = 'en'): CauseText {
  const text = textsFor(language).CAUSE_TEXTS[cause.id];
  if (!text) throw new Error(`no texts for cause ${cause.id}`);
  return text;
}

/** How many plain steps the panel shows before the resend answer (three in all). */
const MAX_PLAIN_STEPS = 2;

/**
 * What one recipient's sender reads: a plain headline and at most three plain steps, the last of them
 * the resend answer the notice's state gives (still retrying: don't; refused or given up: once fixed),
 * and for their IT admin the technical explanation, steps and example records.
 */
export function advise(input: AdviseInput): Advice {
  const { recipient, kind } = input;
  const { ADVICE_STRINGS: S } = textsFor(input.language ?? 'en');
  const cause = getCause(recipient.cause) ?? causeOrThrow('unknown');
  const text = causeText(cause, input.language);
  const address = recipient.address ?? S.unknownAddress;
  const happened = text.happened.replaceAll('{address}', address);
  const dnsExamples = cause.dnsExamples?.length ? withSendingAddress(cause.dnsExamples, recipient.diagnostic) : [];

  if (kind !== 'failure' && kind !== 'delay') {
    return { headline: S.headlineNotBounce, happened, next: text.next, steps: [...text.youDo], resend: null, title: text.title, explanation: text.explanation, adminSteps: [...text.adminSteps], dnsExamples: [] };
  }

  const stillRetrying = kind === 'delay' || recipient.action === 'delayed';
  const waiting = recipient.verdict === 'wait';
  const who = S.actors[recipient.actor];
  const headline = sentenceStart(recipient.address, waiting ? S.headlineWaiting(address) : stillRetrying ? S.headlineFixWhileRetrying(happened, text.next) : S.headlineFinal(happened, text.next));
  const resend = resendAnswer(S, cause, text, recipient.actor, stillRetrying, waiting);

  const steps = [...text.youDo];
  if (waiting) steps.push(S.urgentAnotherWay);
  // (decided on the English texts, which every language translates: the translations need no such word list)
  const alreadyTells = causeText(cause, 'en').youDo.some((s) => NAMES_ANOTHER_WAY.test(s));
  if ((recipient.actor === 'recipient' || recipient.actor === 'recipient-admin') && !alreadyTells) steps.push(S.tellRecipient);

  const explanation = [text.explanation];
  if (stillRetrying) {
    explanation.push(S.stillRetrying);
    if (!waiting) explanation.push(S.needsFixWhileRetrying(who));
    // (how long it goes on is said once, by the panel's retry line from recipients[].retryUntil)
  } else if (cause.temporary === 'clears-by-itself') {
    explanation.push(S.gaveUp);
  }
  return {
    headline,
    happened,
    next: text.next,
    steps: steps.slice(0, MAX_PLAIN_STEPS),
    resend,
    title: text.title,
    explanation: explanation.join(' '),
    adminSteps: [...text.adminSteps],
    dnsExamples,
  };
}

/** A headline may open with "{address}" become "the recipient": its first letter is then raised (never an address's). */
function sentenceStart(address: string | null, text: string): string {
  return address !== null && text.startsWith(address) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words of our own (English) steps that already say how to reach the recipient outside e-mail. */
const NAMES_ANOTHER_WAY = /another way/i;

/** Whether, and once what, to send the message again: the notice's state decides. */
function resendAnswer(S: AdviceStrings, cause: Cause, text: CauseText, actor: Actor, stillRetrying: boolean, waiting: boolean): Advice['resend'] {
  if (waiting) return { when: 'not-while-retrying', text: S.resendWhileWaiting };
  if (stillRetrying && text.resendWhileRetrying) return { when: 'after-your-fix', text: text.resendWhileRetrying };
  if (stillRetrying) return { when: 'not-while-retrying', text: S.resendWhileFixing };
  const when: ResendWhen = cause.temporary === 'clears-by-itself' && actor === 'sender' ? 'later' : actor === 'sender' ? 'after-your-fix' : 'after-their-fix';
  if (text.resend) return { when, text: text.resend };
  return { when, text: when === 'later' ? S.resendLater : when === 'after-your-fix' ? S.resendAfterYourFix : S.resendAfterTheirFix(S.actors[actor]) };
}

/**
 * Example records are more useful with the sending address the receiving server named ("[192.0.2.201]"),
 * so the admin can compare them with what DNS really says. Only the reverse-DNS pair changes: the server's
 * text is not proof of whose address it is (a forged notice could name any), and an SPF line would
 * authorise it, while a PTR for an address you do not own cannot be set.
 */
function withSendingAddress(examples: readonly string[], diagnostic: string | null): string[] {
  if (!examples.includes(PTR_EXAMPLES[0]!)) return [...examples];
  const address = sendingAddressIn(diagnostic);
  if (!address) return [...examples];
  const pair = reverseDnsPair(address, 'mail.example.com');
  return examples.flatMap((e) => (e === PTR_EXAMPLES[0] ? pair : PTR_EXAMPLES.includes(e) ? [] : [e]));
}

/**
 * Who is hit hardest first: a problem of the sender's own server (a blocklisting, missing DNS) stops
 * mail to everyone, one of the recipient's organisation all mail to it, one mailbox only that person.
 */
const IMPACT: Readonly<Record<Actor, number>> = { 'sender-admin': 4, 'recipient-admin': 3, recipient: 2, sender: 1, nobody: 0 };

/**
 * The recipients grouped by what happened to them (cause, verdict, who acts), widest impact first, each
 * group with the advice for its first recipient. Recipients that merely succeeded are left out.
 */
export function adviceGroups(recipients: readonly RecipientStatus[], kind: NoticeKind, reporter: string | null, language = 'en'): AdviceGroup[] {
  const byKey = new Map<string, AdviceGroup>();
  recipients.forEach((r, index) => {
    if (r.cause === 'delivered') return;
    const key = `${r.cause}|${r.verdict}|${r.actor}|${r.action === 'delayed'}`;
    const group = byKey.get(key);
    if (group) group.recipients.push(index);
    else byKey.set(key, { cause: r.cause, recipients: [index], advice: advise({ recipient: r, kind, reporter, language }) });
  });
  return [...byKey.values()].sort(
    (a, b) =>
      IMPACT[recipients[b.recipients[0]!]!.actor] - IMPACT[recipients[a.recipients[0]!]!.actor] ||
      b.recipients.length - a.recipients.length ||
      a.recipients[0]! - b.recipients[0]!,
  );
}

/** The notice's headline: the one recipient's, or how many failed and whether for one reason or several. */
export function noticeHeadline(recipients: readonly RecipientStatus[], groups: readonly AdviceGroup[], language = 'en'): string | null {
  const { ADVICE_STRINGS: S } = textsFor(language);
  const first = groups[0];
  if (!first) return null;
  const count = groups.reduce((sum, group) => sum + group.recipients.length, 0);
  if (count === 1) return first.advice.headline;
  if (groups.every((group) => recipients[group.recipients[0]!]!.verdict === 'wait')) return S.headlineWaiting(S.countOfRecipients(count));
  return groups.length === 1 ? S.headlineSeveralSame(count, first.advice.next) : S.headlineSeveralDifferent(count, groups.length);
}
