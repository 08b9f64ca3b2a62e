import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAUSES, ENHANCED_DETAILS, ENHANCED_SUBJECTS, REPLY_CODES, VENDOR_CODES, SOURCES, PROVIDER_MATCHERS, GENERIC_MATCHERS,
  advise, causeText, classify, clearClassifyCache, defaultRetryWindow, describeStatus, enhancedDetail, getCause, replyMeaning,
} from '../../src/core/knowledge/index';
import type { ClassifyInput } from '../../src/core/knowledge/index';
import type { RecipientStatus } from '../../src/core/types';
import { REFERENCE_DIR, describeWithShared } from '../shared-corpus';

const base: ClassifyInput = { status: null, reply: null, diagnostic: null, reporter: null, action: null, remoteMta: null };
const run = (input: Partial<ClassifyInput>) => classify({ ...base, ...input });

describe('verdict follows the facts, not the first digit', () => {
  it('delayed + greylisting → wait, nobody', () => {
    const r = run({ status: '4.7.1', reply: 451, diagnostic: '451 4.7.1 Greylisting in action, please come back later', action: 'delayed' });
    expect(r).toMatchObject({ cause: 'greylisting', verdict: 'wait', actor: 'nobody' });
  });
  it('delayed + postgrey → wait', () => {
    const r = run({ status: '4.2.0', reply: 450, diagnostic: '450 4.2.0 <a@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html', action: 'delayed' });
    expect(r).toMatchObject({ cause: 'greylisting', verdict: 'wait', actor: 'nobody' });
  });
  it('delayed + no PTR → act, sender-admin (a temporary code that never clears)', () => {
    const r = run({ status: '4.7.1', reply: 450, diagnostic: '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.25]', action: 'delayed' });
    expect(r).toMatchObject({ cause: 'no-ptr', reason: 'requireptr', verdict: 'act', actor: 'sender-admin' });
  });
  it('Gmail 450 4.2.1 rate limit, delayed → wait', () => {
    const r = run({ status: '4.2.1', reply: 450, diagnostic: '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', action: 'delayed', reporter: 'gmail' });
    expect(r).toMatchObject({ cause: 'gmail-receiving-rate', reason: 'speeding', verdict: 'wait', actor: 'nobody' });
  });
  it('4.2.1 rate limit inside a final failure (retries expired) → act', () => {
    const r = run({ status: '4.2.1', reply: 450, diagnostic: '450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', action: 'failed' });
    expect(r.verdict).toBe('act');
    expect(r.actor).toBe('sender');
  });
  it('Yandex 450 4.2.1 wording → wait while delayed', () => {
    expect(run({ status: '4.2.1', reply: 450, diagnostic: '450 4.2.1 The recipient has exceeded message rate limit. Try again later.', action: 'delayed' })).toMatchObject({ cause: 'recipient-rate-limit', verdict: 'wait' });
  });
  it('4.7.3 organisation queue quota, delayed → wait', () => {
    expect(run({ status: '4.7.3', reply: 450, diagnostic: '450 4.7.3 Organization queue quota exceeded.', action: 'delayed' })).toMatchObject({ cause: 'org-queue-quota', verdict: 'wait', actor: 'nobody' });
  });
  it('4.7.3 with no text from Microsoft falls back on the Microsoft meaning; from anyone else on IANA\'s', () => {
    expect(run({ status: '4.7.3', reply: 450, action: 'delayed', reporter: 'office365' }).cause).toBe('org-queue-quota');
    expect(run({ status: '4.7.3', reply: 450, action: 'delayed', remoteMta: 'example-com.mail.protection.outlook.com' }).cause).toBe('org-queue-quota');
    expect(run({ status: '4.7.3', reply: 450, action: 'delayed', reporter: 'postfix', remoteMta: 'mx.example.net' }).cause).not.toBe('org-queue-quota');
  });
  it('4.7.26 temporary DMARC DNS failure, delayed → wait', () => {
    const r = run({ status: '4.7.26', reply: 451, diagnostic: "451-4.7.26 This mail has been rate limited because it's from a domain with a DMARC policy, but temporary DNS failures prevent authentication.", action: 'delayed' });
    expect(r).toMatchObject({ cause: 'dmarc-temp-dns', reason: 'authfailure', verdict: 'wait' });
  });
  it('4.1.8 sender domain not found → act, sender-admin', () => {
    const r = run({ status: '4.1.8', reply: 450, diagnostic: '450 4.1.8 <x@example.invalid>: Sender address rejected: Domain not found', action: 'delayed' });
    expect(r).toMatchObject({ cause: 'sender-domain-not-found', reason: 'rejected', verdict: 'act', actor: 'sender-admin' });
  });
  it('550 5.1.1 → act, sender, userunknown', () => {
    expect(run({ status: '5.1.1', reply: 550, diagnostic: '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table', action: 'failed' })).toMatchObject({ cause: 'user-unknown', reason: 'userunknown', verdict: 'act', actor: 'sender' });
  });
  it('5.2.2 mailbox full → recipient acts', () => {
    expect(run({ status: '5.2.2', reply: 552, diagnostic: '552 5.2.2 Mailbox full', action: 'failed' })).toMatchObject({ reason: 'mailboxfull', verdict: 'act', actor: 'recipient' });
  });
  it('delayed mailbox full still names the recipient (it will not clear by waiting)', () => {
    expect(run({ status: '4.2.2', reply: 452, diagnostic: "452-4.2.2 The recipient's inbox is out of storage space.", action: 'delayed' })).toMatchObject({ cause: 'mailbox-full', verdict: 'act', actor: 'recipient' });
  });
  it('5.7.1 + spam → spamdetected', () => {
    expect(run({ status: '5.7.1', reply: 550, diagnostic: '550 5.7.1 Message rejected as spam by Content Filtering.', action: 'failed' }).reason).toBe('spamdetected');
  });
  it('Spamhaus DNSBL → blocked, sender-admin', () => {
    const r = run({ status: '5.7.1', reply: 554, diagnostic: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', action: 'failed' });
    expect(r).toMatchObject({ cause: 'dnsbl-listed', reason: 'blocked', actor: 'sender-admin' });
  });
  it('4.4.7 expired notice → expired, act', () => {
    expect(run({ status: '4.4.7', reply: null, diagnostic: null, action: 'failed' })).toMatchObject({ reason: 'expired', verdict: 'act' });
  });
  it('delayed notice with nothing specific → expired reason, wait', () => {
    expect(run({ status: '4.0.0', action: 'delayed' })).toMatchObject({ reason: 'expired', verdict: 'wait', actor: 'nobody' });
  });
  it('4.4.6 routing loop → act, recipient-admin, even while retrying', () => {
    expect(run({ status: '4.4.6', reply: 450, diagnostic: '450 4.4.6 Routing loop detected', action: 'delayed' })).toMatchObject({ cause: 'routing-loop', verdict: 'act', actor: 'recipient-admin' });
  });
  it('4.4.1 connection timed out while delayed → wait', () => {
    expect(run({ status: '4.4.1', diagnostic: 'connect to mx.example.net[192.0.2.10]:25: Connection timed out', action: 'delayed' })).toMatchObject({ cause: 'connection-timed-out', verdict: 'wait' });
  });
  it('MessageLabs 450 Requested action aborted → gateway deferral, wait', () => {
    expect(run({ reply: 450, diagnostic: '450 Requested action aborted [9]', action: 'delayed' })).toMatchObject({ cause: 'gateway-deferral', verdict: 'wait' });
  });
  it('"Please try again later" alone while delayed → wait', () => {
    expect(run({ reply: 451, diagnostic: '451 Please try again later', action: 'delayed' }).verdict).toBe('wait');
  });
  it('unknown cause falls back on the enhanced code, then the reply code', () => {
    expect(run({ status: '5.3.4', diagnostic: 'zzz', action: 'failed' }).cause).toBe('message-too-big');
    expect(run({ reply: 556, action: 'failed' }).cause).toBe('domain-accepts-no-mail');
    expect(run({}).cause).toBe('unknown');
  });
  it('a success code is not a failure', () => {
    expect(run({ status: '2.0.0', action: 'delivered' }).reason).toBe('delivered');
  });
});

describe('code tables', () => {
  it('parses vendor 3-digit detail codes before IANA meanings', () => {
    expect(run({ status: '5.7.606', reply: 550, action: 'failed', reporter: 'office365' }).cause).toBe('ip-banned');
    expect(run({ status: '4.7.650', reply: 451, action: 'delayed', remoteMta: 'mx.outlook.com' }).cause).toBe('ip-throttled');
  });
  it('describes codes in words', () => {
    expect(describeStatus('5.2.2')).toContain('Mailbox full');
    expect(describeStatus('4.7.3')).toContain('Organisation queue quota');
    expect(describeStatus('nonsense')).toBeNull();
    expect(replyMeaning(450)?.reply).toBe('450');
    expect(replyMeaning(459)?.reply).toBe('4yz');
    expect(replyMeaning(199)).toBeUndefined();
  });
});

describeWithShared('every IANA enhanced code and basic reply code has an entry', () => {
  const table = (file: string) =>
    readFileSync(path.join(REFERENCE_DIR, 'smtp', file), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t')[0]!);

  it('enhanced details X.s.d', () => {
    const codes = table('enhanced-codes.tsv').filter((c) => /^X\.\d+\.\d+$/.test(c));
    expect(codes.length).toBeGreaterThan(80);
    for (const code of codes) {
      for (const cls of ['4', '5']) {
        const concrete = code.replace('X', cls);
        expect(enhancedDetail(concrete)?.code, concrete).toBe(code);
        expect(describeStatus(concrete), concrete).not.toBeNull();
      }
    }
  });
  it('subjects X.s.X and classes', () => {
    const subjects = table('enhanced-codes.tsv').filter((c) => /^X\.\d\.X$/.test(c)).map((c) => c.split('.')[1]);
    expect(ENHANCED_SUBJECTS.map((s) => s.subject).sort()).toEqual([...subjects].sort());
  });
  it('vendor codes (Gmail 4.7.32/4.7.40, Microsoft 3-digit)', () => {
    const vendors = VENDOR_CODES.map((v) => v.code);
    for (const code of ['4.7.32', '5.7.32', '4.7.40', '5.7.40']) expect(vendors).toContain(code);
    expect(run({ status: '5.4.300', action: 'failed', reporter: 'office365' }).reason).toBe('expired');
  });
  it('reply codes', () => {
    const replies = table('reply-codes.tsv');
    expect(replies.length).toBeGreaterThan(20);
    const known = new Set(REPLY_CODES.map((r) => r.reply));
    for (const reply of replies) expect(known.has(reply), reply).toBe(true);
  });
});

describe('knowledge tables are consistent', () => {
  it('every cause referenced by a matcher or code exists', () => {
    const referenced = [
      ...PROVIDER_MATCHERS.map((m) => m.cause), ...GENERIC_MATCHERS.map((m) => m.cause),
      ...ENHANCED_DETAILS.map((d) => d.cause), ...ENHANCED_SUBJECTS.map((s) => s.cause),
      ...VENDOR_CODES.map((v) => v.cause), ...REPLY_CODES.map((r) => r.cause),
    ];
    for (const id of referenced) expect(getCause(id), id).toBeDefined();
  });
  it('cause ids are unique and every cause cites known sources and has admin steps', () => {
    const ids = CAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cause of CAUSES) {
      expect(causeText(cause).adminSteps.length, cause.id).toBeGreaterThan(0);
      expect(cause.sources.length, cause.id).toBeGreaterThan(0);
      for (const s of cause.sources) expect(SOURCES[s], `${cause.id}: ${s}`).toBeDefined();
    }
  });
  it('DNS examples use documentation names and addresses only', () => {
    for (const cause of CAUSES) {
      for (const record of cause.dnsExamples ?? []) {
        const ips = record.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? [];
        for (const ip of ips) expect(/^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip) || /in-addr/.test(record), `${cause.id}: ${ip}`).toBe(true);
        expect(/example\.(com|net|org)/.test(record), `${cause.id}: ${record}`).toBe(true);
      }
    }
  });
});

describe('retry windows', () => {
  it('knows documented defaults, case-insensitively', () => {
    expect(defaultRetryWindow('postfix')).toEqual({ hours: 120, note: expect.stringContaining('maximal_queue_lifetime') });
    expect(defaultRetryWindow('Exim')?.hours).toBe(96);
    expect(defaultRetryWindow('sendmail')?.hours).toBe(120);
    expect(defaultRetryWindow('qmail')?.hours).toBe(168);
    expect(defaultRetryWindow('office365')?.hours).toBe(24);
    expect(defaultRetryWindow('exchange2007')?.hours).toBe(48);
    expect(defaultRetryWindow('gmail')?.hours).toBe(48);
    expect(defaultRetryWindow('sendgrid')?.hours).toBe(72);
    expect(defaultRetryWindow('mailgun')?.hours).toBe(8);
  });
  it('tolerates unknown ids', () => {
    expect(defaultRetryWindow('no-such-mta')).toBeNull();
    expect(defaultRetryWindow(null)).toBeNull();
  });
});

describe('advise', () => {
  const recipient = (over: Partial<RecipientStatus>): RecipientStatus => ({
    address: 'someone@example.net', action: 'failed', status: null, reply: null, diagnostic: null, remoteMta: null, remoteIp: null, sendingIp: null,
    reason: 'undefined', reasonEvidence: { kind: 'none', text: '' }, cause: 'unknown', verdict: 'act', actor: 'sender', retryUntil: null, ...over,
  });
  it('wait advice: nothing to do, the resend answer is "don\'t", and the admin reads that the server was still retrying', () => {
    const c = run({ status: '4.7.1', reply: 451, diagnostic: '451 4.7.1 Greylisting in action', action: 'delayed' });
    const advice = advise({ recipient: recipient({ ...c, action: 'delayed' }), kind: 'delay', reporter: 'postfix' });
    expect(advice.headline).toBe('Not delivered yet to someone@example.net — nothing to do');
    expect(advice.resend).toEqual({ when: 'not-while-retrying', text: expect.stringMatching(/^Don't send it again/) });
    expect(advice.steps.join(' ')).toMatch(/another way/);
    expect(advice.explanation).toMatch(/still retrying/);
  });
  it('act advice while retrying: what happened and who fixes it, no resend; DNS steps come with example records', () => {
    const c = run({ status: '4.7.1', reply: 450, diagnostic: '450 4.7.1 Client host rejected: cannot find your hostname', action: 'delayed' });
    const advice = advise({ recipient: recipient({ ...c, action: 'delayed' }), kind: 'delay', reporter: 'postfix' });
    expect(advice.headline).toBe("Your mail server is being turned away — forward this to your IT admin. Don't resend.");
    expect(advice.dnsExamples.join('\n')).toMatch(/PTR mail\.example\.com/);
    expect(advice.resend?.when).toBe('not-while-retrying');
    expect(advice.explanation).toMatch(/does not clear by waiting.*your IT admin or e-mail provider/);
  });
  it('example DNS records use the sending address the receiving server named', () => {
    const diagnostic = '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.201]';
    const c = run({ status: '4.7.1', reply: 450, diagnostic, action: 'delayed' });
    const advice = advise({ recipient: recipient({ ...c, action: 'delayed', diagnostic }), kind: 'delay', reporter: 'postfix' });
    const records = advice.dnsExamples.join('\n');
    expect(records).toContain('201.2.0.192.in-addr.arpa. PTR mail.example.com.');
    expect(records).toContain('mail.example.com. A 192.0.2.201');
    expect(records).not.toContain('203.0.113.25');
  });
  it('never writes an address taken from the notice into an SPF record to publish', () => {
    const diagnostic = '550 5.7.23 The message was rejected because of Sender Policy Framework violation [198.51.100.66]';
    const c = run({ status: '5.7.23', reply: 550, diagnostic, action: 'failed' });
    const advice = advise({ recipient: recipient({ ...c, action: 'failed', diagnostic }), kind: 'failure', reporter: 'office365' });
    const spf = advice.dnsExamples.filter((r) => r.includes('v=spf1'));
    expect(spf.length).toBeGreaterThan(0);
    expect(spf.join('\n')).not.toContain('198.51.100.66');
  });
  it('a self-clearing cause that finally failed: resend later, nothing about waiting', () => {
    const c = run({ status: '4.2.1', reply: 450, diagnostic: '450 4.2.1 receiving mail too quickly', action: 'failed' });
    const advice = advise({ recipient: recipient(c), kind: 'failure', reporter: 'gmail' });
    expect(advice.headline).toMatch(/, then send again$/);
    expect([...advice.steps, advice.resend?.text].join(' ')).not.toMatch(/Do nothing|keeps trying/);
    expect(advice.resend?.when).toBe('later');
    expect(advice.explanation).toMatch(/stopped trying/);
  });
  it('when the recipient must act, the sender is told to reach them another way, and to resend after their fix', () => {
    const advice = advise({ recipient: recipient({ cause: 'mailbox-full', actor: 'recipient' }), kind: 'failure', reporter: null });
    expect(advice.headline).toBe("someone@example.net's mailbox is full — let them know, then send again");
    expect(advice.steps.join(' ')).toMatch(/another way/);
    expect(advice.resend).toEqual({ when: 'after-their-fix', text: 'Send it again once they have made room.' });
  });
  it('the address is never invented: without one the recipient is named as such', () => {
    const advice = advise({ recipient: recipient({ address: null, cause: 'user-unknown' }), kind: 'failure', reporter: null });
    expect(advice.headline).toBe("The recipient doesn't exist — check the address, then send again");
  });
});

describe('classification cache', () => {
  it('never answers one context with another that looks alike (same length, one character apart)', () => {
    const filler = ' '.repeat(80);
    const found = `no such user here${filler}`;
    const other = `nX such user here${filler}`;
    const input = { reply: 550, action: 'failed' as const };
    clearClassifyCache();
    const fresh = run({ ...input, context: other });
    clearClassifyCache();
    const first = run({ ...input, context: found });
    const second = run({ ...input, context: other });
    expect(first.reason).toBe('userunknown');
    expect(second).toEqual(fresh);
    expect(second.reason).not.toBe('userunknown');
    expect(run({ ...input, context: found })).toEqual(first);
  });
});
