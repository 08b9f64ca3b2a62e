/**
 * The cause texts (issue 14): one entry per cause, a plain layer the person whose message bounced
 * understands in five seconds, and a technical layer for their IT admin. Each rule is a check over
 * every entry; the last block feeds each check a broken entry, so every rule is shown to be able to fail.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES, type Cause } from '../../src/core/knowledge/causes';
import { ADVICE_STRINGS, CAUSE_TEXTS } from '../../src/core/knowledge/texts/en';
import type { CauseText } from '../../src/core/knowledge/texts/types';

/** Words the plain layer must not use (whole words, any case; plurals and inflections count). */
const JARGON =
  /\b(?:STARTTLS|DNSBL|DNS|PTR|MX|SPF|DKIM|DMARC|TLS|SMTP|HELO|EHLO|DSN|NDR|MTA|RBL|greylist\w*|IP(?:v[46])?(?: address(?:es)?)?|reverse DNS|records?|relay\w*|quotas?|headers?|certificates?|authentication)\b/i;
/** A resend step, or its opposite: the notice's state adds those, never the cause's text. */
const RESEND = /\bre-?send\b|\bsend(?:ing)?\b(?:\s+\S+){0,4}?\s+again\b|\bdo(?:n't|n’t| not) send\b|\btry (?:it |sending )?again\b/i;
/** An explanation that says the sending server will retry (untrue on a final notice). */
const PROMISES_RETRY = /will (?:retry|try again|be retried|keep trying)|retries (?:later|automatically|by itself)|tries again later|keeps? (?:retrying|trying)/i;
/** Wordings replaced everywhere: one name for the sender's admin, and "you" for the sender. */
const RETIRED = /mail administrator|you \(the sender\)/i;

type Check = (id: string, text: CauseText, cause: Cause) => string[];

const plainFields = (text: CauseText): [string, string][] => [
  ['happened', text.happened],
  ['next', text.next],
  ...text.youDo.map((step, i): [string, string] => [`youDo[${i}]`, step]),
  ...(text.resend === undefined ? [] : [['resend', text.resend] as [string, string]]),
  ...(text.resendWhileRetrying === undefined ? [] : [['resendWhileRetrying', text.resendWhileRetrying] as [string, string]]),
];

const allFields = (text: CauseText): [string, string][] => [
  ['title', text.title],
  ...plainFields(text),
  ['explanation', text.explanation],
  ...text.adminSteps.map((step, i): [string, string] => [`adminSteps[${i}]`, step]),
];

const CHECKS: Record<string, Check> = {
  'youDo has at most two steps': (id, text) => (text.youDo.length > 2 ? [`${id}: ${text.youDo.length} steps`] : []),

  'the plain layer has no jargon': (id, text) =>
    plainFields(text).flatMap(([field, value]) => {
      const word = JARGON.exec(value)?.[0];
      return word ? [`${id}.${field}: "${word}" in "${value}"`] : [];
    }),

  '`next` is a lower-case imperative without a period or a resend': (id, text) => [
    ...(/^\p{Lu}/u.test(text.next) ? [`${id}.next starts upper-case: "${text.next}"`] : []),
    ...(/\.\s*$/.test(text.next) ? [`${id}.next ends with a period: "${text.next}"`] : []),
    ...(RESEND.test(text.next) ? [`${id}.next speaks of resending: "${text.next}"`] : []),
  ],

  'youDo has no resend or do-not-resend step': (id, text) =>
    text.youDo.filter((step) => RESEND.test(step)).map((step) => `${id}.youDo: "${step}"`),

  '`happened` does not end with a period': (id, text) => (/\.\s*$/.test(text.happened) ? [`${id}.happened: "${text.happened}"`] : []),

  'the explanation promises no retry': (id, text) => {
    const promise = PROMISES_RETRY.exec(text.explanation)?.[0];
    return promise ? [`${id}.explanation: "${promise}"`] : [];
  },

  'no field is empty (youDo only for causes that clear by themselves)': (id, text, cause) => [
    ...allFields(text).filter(([, value]) => value.trim() === '').map(([field]) => `${id}.${field} is empty`),
    ...(text.adminSteps.length === 0 ? [`${id}.adminSteps has no step`] : []),
    ...(text.youDo.length === 0 && cause.temporary !== 'clears-by-itself' ? [`${id}.youDo has no step (the cause needs a fix)`] : []),
  ],

  'no retired wording ("mail administrator", "you (the sender)")': (id, text) =>
    allFields(text).flatMap(([field, value]) => {
      const found = RETIRED.exec(value)?.[0];
      return found ? [`${id}.${field}: "${found}"`] : [];
    }),
};

/** Ids of causes without a text, and of texts without a cause. */
function coverageProblems(causeIds: readonly string[], textIds: readonly string[]): string[] {
  const causes = new Set(causeIds);
  const texts = new Set(textIds);
  return [
    ...causeIds.filter((id) => !texts.has(id)).map((id) => `cause without a text: ${id}`),
    ...textIds.filter((id) => !causes.has(id)).map((id) => `text without a cause: ${id}`),
  ];
}

describe('cause texts (English)', () => {
  it('every cause has a text and every text a cause', () => {
    expect(coverageProblems(CAUSES.map((c) => c.id), Object.keys(CAUSE_TEXTS))).toEqual([]);
  });

  it.each(Object.entries(CHECKS))('%s', (_name, check) => {
    const problems = CAUSES.flatMap((cause) => {
      const text = CAUSE_TEXTS[cause.id];
      return text ? check(cause.id, text, cause) : [];
    });
    expect(problems).toEqual([]);
  });

  it('the shared advice sentences use no retired wording', () => {
    const samples = [
      ...Object.values(ADVICE_STRINGS.actors),
      ...Object.values(ADVICE_STRINGS).filter((v): v is string => typeof v === 'string'),
      ADVICE_STRINGS.headlineFinal('H', 'n'),
      ADVICE_STRINGS.headlineFixWhileRetrying('H', 'n'),
      ADVICE_STRINGS.headlineWaiting('a@example.com'),
      ADVICE_STRINGS.headlineSeveralSame(2, 'n'),
      ADVICE_STRINGS.headlineSeveralDifferent(3, 2),
      ADVICE_STRINGS.resendAfterTheirFix('x'),
      ADVICE_STRINGS.needsFixWhileRetrying('x'),
    ];
    expect(samples.filter((s) => RETIRED.test(s))).toEqual([]);
  });
});

describe('the checks catch a bad entry', () => {
  const good: CauseText = CAUSE_TEXTS['user-unknown']!;
  const needsFix: Cause = CAUSES.find((c) => c.id === 'user-unknown')!;
  const clearsByItself: Cause = CAUSES.find((c) => c.id === 'greylisting')!;

  it('the good sample passes every check', () => {
    for (const check of Object.values(CHECKS)) expect(check('sample', good, needsFix)).toEqual([]);
  });

  const BAD: [check: string, entry: Partial<CauseText>, cause?: Cause][] = [
    ['youDo has at most two steps', { youDo: ['Check the address.', 'Ask them.', 'Tell your team.'] }],
    ['the plain layer has no jargon', { happened: 'Your mail server has no PTR record' }],
    ['the plain layer has no jargon', { next: 'fix the DNS' }],
    ['the plain layer has no jargon', { youDo: ['Ask about the Greylisting delay.'] }],
    ['the plain layer has no jargon', { resend: 'Send it again once the records are fixed.' }],
    ['the plain layer has no jargon', { youDo: ['Check your IP address.'] }],
    ['`next` is a lower-case imperative without a period or a resend', { next: 'Check the address' }],
    ['`next` is a lower-case imperative without a period or a resend', { next: 'check the address.' }],
    ['`next` is a lower-case imperative without a period or a resend', { next: 'check the address and send again' }],
    ['`next` is a lower-case imperative without a period or a resend', { next: 'resend it' }],
    ['youDo has no resend or do-not-resend step', { youDo: ['Send the message again to the right address.'] }],
    ['youDo has no resend or do-not-resend step', { youDo: ["Don't send it again while your server is retrying."] }],
    ['youDo has no resend or do-not-resend step', { youDo: ['Resend it tomorrow.'] }],
    ['`happened` does not end with a period', { happened: "{address} doesn't exist." }],
    ['the explanation promises no retry', { explanation: 'The sending server will retry for two days.' }],
    ['the explanation promises no retry', { explanation: 'Your server retries later by itself.' }],
    ['no field is empty (youDo only for causes that clear by themselves)', { title: '' }],
    ['no field is empty (youDo only for causes that clear by themselves)', { explanation: ' ' }],
    ['no field is empty (youDo only for causes that clear by themselves)', { adminSteps: [] }],
    ['no field is empty (youDo only for causes that clear by themselves)', { resend: '' }],
    ['no field is empty (youDo only for causes that clear by themselves)', { youDo: [] }, needsFix],
    ['no retired wording ("mail administrator", "you (the sender)")', { adminSteps: ['Tell your mail administrator.'] }],
    ['no retired wording ("mail administrator", "you (the sender)")', { explanation: 'Only you (the sender) can fix it.' }],
  ];

  it.each(BAD)('%s: flags %j', (name, entry, cause = needsFix) => {
    const check = CHECKS[name];
    expect(check, `no check named "${name}"`).toBeDefined();
    expect(check!('bad', { ...good, ...entry }, cause)).not.toEqual([]);
  });

  it('an empty youDo is allowed for a cause that clears by itself', () => {
    const check = CHECKS['no field is empty (youDo only for causes that clear by themselves)']!;
    expect(check('sample', { ...good, youDo: [] }, clearsByItself)).toEqual([]);
  });

  it('the coverage check names a missing text and an orphan text', () => {
    expect(coverageProblems(['a', 'b'], ['a', 'c'])).toEqual(['cause without a text: b', 'text without a cause: c']);
  });
});
