/**
 * The SMTP stage a refusal answered, the pre-filter that keeps classify cheap, the answer cache,
 * and provider-specific wording in the advice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENERIC_MATCHERS, PROVIDER_MATCHERS, STAGE_PHRASES, advise, causeText, classify, clearClassifyCache, getCause, normalisedForTests, stageOf,
} from '../../src/core/knowledge/index';
import type { ClassifyInput } from '../../src/core/knowledge/index';
import { TrigramSet, keysOf, needlesOf } from '../../src/core/knowledge/prefilter';
import { ANY_PHRASE, BEFORE_RECIPIENTS, MAY_NAME_STAGE, MAY_NAME_STAGE_BEFORE_RECIPIENTS } from '../../src/core/knowledge/stage';
import type { RecipientStatus } from '../../src/core/types';

const base: ClassifyInput = { status: null, reply: null, diagnostic: null, reporter: null, action: 'failed', remoteMta: null };
const run = (input: Partial<ClassifyInput>) => classify({ ...base, ...input });

describe('SMTP stage', () => {
  it('reads the stage from the usual MTA wordings', () => {
    expect(stageOf('host mx.example.net[192.0.2.1] said: 550 User unknown (in reply to end of DATA command)', 'reply')).toBe('DATA');
    expect(stageOf('SMTP error from remote mail server after end of data: 550 rejected', 'reply')).toBe('DATA');
    expect(stageOf('... while talking to mx.example.net.: >>> DATA <<< 550 Unknown user', 'reply')).toBe('DATA');
    expect(stageOf('550 5.1.1 <a@example.net>: Recipient address rejected (in reply to RCPT TO command)', 'reply')).toBe('RCPT');
    expect(stageOf('SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=1022: 553 no', 'reply')).toBe('MAIL');
    expect(stageOf('Connected to 192.0.2.1 but my name was rejected.', 'reply')).toBe('HELO');
    expect(stageOf('SMTP error from remote mail server after initial connection: 554 go away', 'reply')).toBe('CONN');
    expect(stageOf('550 5.1.1 User unknown', 'reply')).toBeNull();
  });

  it('in a transcript the last command named is the one refused; a notice naming several stages decides nothing', () => {
    expect(stageOf('>>> MAIL From:<a@example.org> <<< 250 ok >>> RCPT To:<b@example.net> <<< 550 no such user', 'reply')).toBe('RCPT');
    expect(stageOf('a: (in reply to RCPT TO command) b: (in reply to end of DATA command)', 'notice')).toBeNull();
  });

  it('"unknown user" after DATA is a content filter; at RCPT TO it is a missing mailbox', () => {
    const diagnostic = '550 unknown user <kijitora@example.com>';
    expect(run({ reply: 550, diagnostic, context: `server message\n${diagnostic}\nSMTP command\nDATA` })).toMatchObject({ reason: 'filtered', cause: 'content-filtered' });
    expect(run({ reply: 550, diagnostic, context: `${diagnostic} (in reply to RCPT TO command)` })).toMatchObject({ reason: 'userunknown', cause: 'user-unknown' });
    // An enhanced code that itself says "bad mailbox" is taken at its word at any stage.
    expect(run({ status: '5.1.1', reply: 550, diagnostic: '550 5.1.1 User unknown', command: 'DATA' }).reason).toBe('userunknown');
  });

  it('a caller-supplied command wins, and null means "unknown, do not guess"', () => {
    const diagnostic = '550 No such user (in reply to end of DATA command)';
    expect(run({ reply: 550, diagnostic }).reason).toBe('filtered');
    expect(run({ reply: 550, diagnostic, command: null }).reason).toBe('userunknown');
    expect(run({ reply: 550, diagnostic: '550 No such user', command: 'DATA' }).reason).toBe('filtered');
  });

  it('at MAIL FROM a vague refusal or "does not exist" is about the sender', () => {
    expect(run({ status: '5.7.1', reply: 550, diagnostic: '550 5.7.1 Access denied', context: 'said: 550 5.7.1 Access denied (in reply to MAIL FROM command)' })).toMatchObject({ reason: 'rejected', cause: 'sender-rejected' });
    expect(run({ status: '5.1.0', reply: 553, diagnostic: '553 5.1.0 x.example.com does not exist', command: 'MAIL' }).reason).toBe('rejected');
    // A specific wording keeps its meaning at any stage.
    expect(run({ status: '5.7.1', reply: 550, diagnostic: '550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org', command: 'MAIL' }).cause).toBe('dnsbl-listed');
  });

  it('at the greeting or HELO nothing can be about a recipient: the sending server was refused', () => {
    expect(run({ status: '5.0.0', reply: 501, diagnostic: '501 5.0.0 Invalid domain name', context: 'Connected to 192.0.2.112 but my name was rejected.' })).toMatchObject({ reason: 'blocked', cause: 'bad-helo' });
    expect(run({ reply: 550, diagnostic: '550 Rejected', command: 'CONN' })).toMatchObject({ reason: 'blocked', cause: 'client-blocked' });
    // A worded temporary problem of the receiver is still that, even at the greeting.
    expect(run({ reply: 421, diagnostic: '421 Service temporarily unavailable', command: 'CONN', action: 'delayed' }).cause).toBe('receiver-temporary-error');
  });

  it('stage phrases are fixed phrases with a needle each', () => {
    for (const phrase of STAGE_PHRASES) expect(needlesOf(phrase.pattern.source), phrase.pattern.source).not.toBeNull();
  });

  it('the factored union of the phrases starts a match exactly where some phrase does', () => {
    const anyAt = new RegExp(ANY_PHRASE.source, `${ANY_PHRASE.flags.replace('g', '')}y`);
    const phrasesAt = STAGE_PHRASES.map((p) => new RegExp(p.pattern.source, `${p.pattern.flags}y`));
    const texts = fc.array(
      fc.oneof(
        ...STAGE_PHRASES.map((p) => fc.stringMatching(new RegExp(p.pattern.source.replace(/\\b/g, '')), { size: 'small' })),
        fc.constantFrom(' ', 'after ', 'in reply to ', '>>> ', 'but ', 'x'),
      ),
      { maxLength: 4 },
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        for (let at = 0; at <= text.length; at++) {
          anyAt.lastIndex = at;
          const some = phrasesAt.some((p) => ((p.lastIndex = at), p.test(text)));
          expect(anyAt.test(text), `${JSON.stringify(text)} at ${at}`).toBe(some);
        }
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});

describe('normalising shortcuts', () => {
  // Raw notice text: stage phrases torn apart by line breaks, indentation and multi-line reply
  // prefixes (which normalising joins and takes out), between words and other text.
  const spaces = fc.constantFrom(' ', '  ', '\n', '\r\n    ', '\t', '\u00a0', ' 550-', '\n550-5.1.1 ', ' 550 ', ' 550 5.7.1 ',
    '\n451-4.3.0 ', ' 550-550-', ' 550-5.1.1 550 ', ' 123 ', ' -');
  const afterMark = fc.constantFrom('', '', '550-', '550-5.1.1 ', ' ');
  const torn = fc
    .tuple(fc.oneof(...STAGE_PHRASES.map((p) => fc.stringMatching(new RegExp(p.pattern.source.replace(/\\b/g, '')), { size: 'small' }))),
      fc.array(spaces, { minLength: 12, maxLength: 12 }), fc.array(afterMark, { minLength: 12, maxLength: 12 }))
    .map(([phrase, gaps, marks]) => phrase.replace(/ /g, () => gaps.pop() ?? ' ').replace(/>/g, () => `>${marks.pop() ?? ''}`));
  const other = fc.constantFrom('x', 'said:', '(', ')', '550', '5.1.1', 'after', 'DATA', '>>>', 'in reply to', '-', '.', '');
  const raws = fc.array(fc.oneof(torn, other, spaces), { maxLength: 6 }).map((parts) => parts.join(''));

  it("a one-line diagnostic's shortcut normalises exactly as the full path does", () => {
    fc.assert(
      fc.property(raws, (raw) => {
        expect(normalisedForTests(raw, true)).toEqual(normalisedForTests(raw, false));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('the unfolded copy alone names the same notice stage, and MAY_NAME_STAGE never rules out a named one', () => {
    let named = 0;
    fc.assert(
      fc.property(raws, (raw) => {
        const { text, unfolded } = normalisedForTests(raw, false);
        expect(stageOf(unfolded, 'notice'), JSON.stringify(raw)).toBe(stageOf(text, 'notice'));
        ANY_PHRASE.lastIndex = 0;
        if (ANY_PHRASE.test(text)) {
          named++;
          expect(MAY_NAME_STAGE.test(raw), JSON.stringify(raw)).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(named).toBeGreaterThan(300);
  });

  it('MAY_NAME_STAGE_BEFORE_RECIPIENTS never rules out a notice that names MAIL FROM, HELO or the greeting', () => {
    const early = STAGE_PHRASES.filter((p) => BEFORE_RECIPIENTS.has(p.command));
    let named = 0;
    fc.assert(
      fc.property(raws, (raw) => {
        const { text } = normalisedForTests(raw, false);
        const stage = stageOf(text, 'notice');
        if (early.some((p) => p.pattern.test(text))) {
          named++;
          expect(MAY_NAME_STAGE_BEFORE_RECIPIENTS.test(raw), JSON.stringify(raw)).toBe(true);
        } else {
          expect(stage !== null && BEFORE_RECIPIENTS.has(stage), JSON.stringify(raw)).toBe(false);
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
    expect(named).toBeGreaterThan(100);
  });
});

describe('literal pre-filter', () => {
  it('finds the literals every match needs', () => {
    expect(needlesOf('mailbox (?:is )?full|over ?quota')).toEqual([['mailbox ', 'full'], ['over', 'quota']]);
    expect(needlesOf(String.raw`\bDKIM (?:fail|invalid)`)).toEqual([['dkim ', 'fail'], ['dkim ', 'invalid']]);
    expect(needlesOf(String.raw`(?:recipient )?domain (?:name )?not found`)).toEqual([['domain ', 'not found']]);
    expect(needlesOf('message (?:is )?too (?:big|large)|message size exceeds')).toEqual([['message ', 'too ', 'big'], ['message ', 'too ', 'large'], ['message size exceeds']]);
    // No literal of three characters: the pattern always runs.
    expect(needlesOf(String.raw`\d+|ab`)).toBeNull();
  });

  it('never skips a pattern on a text it matches (generated matching texts, every matcher)', () => {
    let exercised = 0;
    const all = [...PROVIDER_MATCHERS, ...GENERIC_MATCHERS];
    for (const m of all) {
      const keys = keysOf(needlesOf(m.pattern.source));
      // fast-check generates neither for /i nor for \b: generate from the pattern without them,
      // upper-case some texts, and keep only those the real pattern matches.
      let texts: fc.Arbitrary<string>;
      try {
        texts = fc
          .stringMatching(new RegExp(m.pattern.source.replace(/\\b/g, ''), m.pattern.flags.replace(/[gi]/g, '')), { size: 'small' })
          .map((s) => (s.length % 2 === 1 ? s.toUpperCase() : s))
          .filter((s) => m.pattern.test(s));
        fc.sample(texts, { numRuns: 1, seed: 1 });
      } catch {
        continue; // syntax the generator does not support (lookarounds)
      }
      exercised++;
      fc.assert(
        fc.property(texts, (text) => {
          expect(new TrigramSet().fill(text).mayContain(keys), `/${m.pattern.source}/ on ${JSON.stringify(text)}`).toBe(true);
        }),
        { numRuns: 20, seed: 4242 },
      );
    }
    expect(exercised).toBeGreaterThan(all.length * 0.95);
  });

  it('classifies upper- and lower-case text alike (the filter is case-insensitive like the patterns)', () => {
    const lower = run({ status: '4.2.2', reply: 452, diagnostic: "452 4.2.2 the recipient's inbox is out of storage space.", action: 'delayed' });
    const upper = run({ status: '4.2.2', reply: 452, diagnostic: "452 4.2.2 THE RECIPIENT'S INBOX IS OUT OF STORAGE SPACE.", action: 'delayed' });
    // The evidence quotes the server as it wrote the words; everything else is the same.
    const caseless = (c: typeof lower) => ({ ...c, reasonEvidence: { ...c.reasonEvidence, text: c.reasonEvidence.text.toLowerCase() } });
    expect(caseless(upper)).toEqual(caseless(lower));
    expect(upper.reasonEvidence.text).toBe('INBOX IS OUT OF STORAGE SPACE');
    expect(upper.cause).toBe('mailbox-full');
  });
});

describe('answer cache', () => {
  it('gives the same answer cached and uncached, as a copy the caller may change', () => {
    const input: ClassifyInput = { ...base, status: '5.1.1', reply: 550, diagnostic: '550 5.1.1 User unknown' };
    clearClassifyCache();
    const first = classify(input);
    const second = classify(input);
    expect(second).toEqual(first);
    second.reason = 'undefined';
    expect(classify(input).reason).toBe('userunknown');
  });

  it('keys on every input (context and remote host included)', () => {
    const diagnostic = '450 4.2.1 The user you are trying to contact is receiving mail too quickly.';
    expect(run({ status: '4.2.1', reply: 450, diagnostic, action: 'delayed', remoteMta: 'gmail-smtp-in.l.google.com' }).cause).toBe('gmail-receiving-rate');
    expect(run({ status: '4.2.1', reply: 450, diagnostic, action: 'delayed', remoteMta: 'mx.example.net' }).cause).toBe('recipient-rate-limit');
  });

  it('copes with a very long diagnostic (scanned up to a cap)', () => {
    const diagnostic = `550 5.1.1 User unknown ${'x '.repeat(50_000)}`;
    expect(run({ status: '5.1.1', reply: 550, diagnostic }).reason).toBe('userunknown');
  });
});

describe('provider-specific wording only for that provider', () => {
  const recipient = (over: Partial<RecipientStatus>): RecipientStatus => ({
    address: 'a@example.net', action: 'delayed', status: '4.2.1', reply: 450, diagnostic: null, remoteMta: null, remoteIp: null, sendingIp: null,
    reason: 'speeding', reasonEvidence: { kind: 'none', text: '' }, cause: 'recipient-rate-limit', verdict: 'wait', actor: 'nobody', retryUntil: null, ...over,
  });

  it('"receiving mail too quickly" from a non-Google server is explained without naming Gmail', () => {
    for (const remoteMta of ['mx.yandex.ru', 'mta5.am0.yahoodns.net', 'mail.example.org']) {
      const r = run({ status: '4.2.1', reply: 450, diagnostic: '450 4.2.1 <a@example.net>: Recipient is receiving mail too quickly', action: 'delayed', remoteMta });
      expect(r.cause).toBe('recipient-rate-limit');
      const advice = advise({ recipient: recipient({ cause: r.cause, remoteMta }), kind: 'delay', reporter: 'postfix' });
      expect(advice.explanation).not.toMatch(/Gmail|Google/);
    }
  });

  it('Gmail is recognised from its own reply even without a Remote-MTA', () => {
    const r = run({ status: '4.2.1', reply: 450, diagnostic: '450-4.2.1 The user you are trying to contact is receiving mail too quickly. https://support.google.com/mail/?p=ReceivingRate d2sor - gsmtp', action: 'delayed' });
    expect(r.cause).toBe('gmail-receiving-rate');
    expect(causeText(getCause(r.cause)!).explanation).toMatch(/^Gmail limits/);
  });

  it('the permanent variant from a non-Google server gets the generic refused-for-rate cause', () => {
    const r = run({ status: '5.2.1', reply: 550, diagnostic: '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', remoteMta: 'mx.example.org' });
    expect(r.cause).toBe('recipient-hourly-limit');
  });

  it('delay + wait advice always says not to resend and, when known, how long retries go on', () => {
    const advice = advise({
      recipient: recipient({ cause: 'too-many-recipients', reason: 'toomanyconn', retryUntil: { until: null, hours: 120, source: 'reporter-default', note: 'Postfix default maximal_queue_lifetime: 5 days' } }),
      kind: 'delay',
      reporter: 'postfix',
    });
    expect(advice.headline).toBe('Not delivered yet to a@example.net — nothing to do');
    expect(advice.resend?.text).toMatch(/^Don't send it again/);
    // how long retries go on is the panel's retry line (recipients[].retryUntil), said once
    expect(advice.explanation).not.toMatch(/5 days|120 h/);
  });
});
