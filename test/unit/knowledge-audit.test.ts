/**
 * The provider-documentation audit (issue 13): real reply texts of the providers and MTAs, each with what
 * the provider's own documentation says it means, run through classify() and advise() as a notice would
 * run them. Each case states the cause, the verdict and who acts, and the advice that must not appear.
 *
 * The texts are written here in the providers' documented wordings with documentation addresses
 * (RFC 5737 / RFC 3849); none is copied from a corpus file.
 */
import { describe, expect, it } from 'vitest';
import { CAUSES, advise, causeText, classify, type ClassifyInput } from '../../src/core/knowledge/index';
import { SOURCES, type SourceKey } from '../../src/core/knowledge/sources';
import type { Actor, RecipientStatus, Verdict } from '../../src/core/types';

/** Sentences that hold only while the sending server still retries the message. */
const RETRY_ONLY = /keeps? retrying|already retrying|still retrying|without a resend|queued (?:copy|message) goes through|do nothing for now|retries on its own/i;
/** "Do not send it again" next to a final failure: the message is lost, so that would lose it for good. */
const DO_NOT_RESEND = /do not (?:re)?send|don't (?:re)?send|a manual resend only/i;
/** A self-clearing cause's explanation that says the server will retry (untrue once it has given up). */
const PROMISES_RETRY = /will (?:retry|try again|be retried|keep trying)|retries (?:later|automatically|by itself)|tries again later|keeps? (?:retrying|trying)/i;

interface AuditCase {
  /** The provider's reply as its notices carry it. */
  text: string;
  reply: number | null;
  status: string | null;
  action: 'failed' | 'delayed';
  reporter?: string;
  remoteMta?: string;
  /** What the provider's documentation says, and where. */
  meaning: string;
  source: SourceKey;
  cause: string;
  verdict: Verdict;
  actor: Actor;
  /** Advice (explanation and steps) that would send the reader the wrong way here. */
  absent?: RegExp[];
  /** Advice that must be there. */
  present?: RegExp[];
}

function run(c: Pick<AuditCase, 'text' | 'reply' | 'status' | 'action' | 'reporter' | 'remoteMta'>) {
  const input: ClassifyInput = {
    status: c.status, reply: c.reply, diagnostic: c.text, reporter: c.reporter ?? null, action: c.action, remoteMta: c.remoteMta ?? null,
  };
  const result = classify(input);
  const recipient: RecipientStatus = {
    address: 'someone@example.org', action: c.action, status: c.status, reply: c.reply, diagnostic: c.text, remoteMta: c.remoteMta ?? null,
    remoteIp: null, sendingIp: null, ...result, retryUntil: null,
  };
  const advice = advise({ recipient, kind: c.action === 'delayed' ? 'delay' : 'failure', reporter: c.reporter ?? null });
  const all = [advice.headline, ...advice.steps, advice.resend?.text ?? '', advice.explanation, ...advice.adminSteps].join('\n');
  return { result, advice, all };
}

const FINAL = [RETRY_ONLY, DO_NOT_RESEND];

const CASES: AuditCase[] = [
  // ── High severity 1: retry-only steps on final failures ──────────────────────────────────────────
  {
    text: '550-5.7.25 [203.0.113.9] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.',
    reply: 550, status: '5.7.25', action: 'failed', remoteMta: 'mx.google.com',
    meaning: 'Gmail 550 5.7.25: the sending IP has no PTR record; the message is refused (lost) until the sender fixes DNS', source: 'gmailErrors',
    cause: 'no-ptr', verdict: 'act', actor: 'sender-admin', absent: FINAL, present: [/send it again/i, /PTR/],
  },
  {
    text: '554 Message not accepted: unresolvable RFC.5321 from domain example.com',
    reply: 554, status: null, action: 'failed', remoteMta: 'mta7.am0.yahoodns.net',
    meaning: 'Yahoo 554: the MAIL FROM / From domain does not resolve (NXDOMAIN); refused', source: 'yahooCodes',
    cause: 'sender-domain-not-found', verdict: 'act', actor: 'sender-admin', absent: FINAL, present: [/send it again/i],
  },
  {
    text: '550 5.4.300 Message expired -> 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    reply: 550, status: '5.4.300', action: 'failed', reporter: 'office365',
    meaning: 'Exchange Online gave up (5.4.300 expired) after Yahoo deferred the sending IP for volume/complaints: the message is lost', source: 'yahooCodes',
    cause: 'reputation-deferral', verdict: 'act', actor: 'sender-admin', absent: FINAL, present: [/send it again/i],
  },
  {
    text: 'connect to mx.example.org[192.0.2.7]:25: Connection refused',
    reply: null, status: '4.4.1', action: 'delayed', reporter: 'postfix',
    meaning: 'A TCP refusal: the destination MX is down or firewalled (X.4.1 no answer from host), not a block of the sender', source: 'rfc3463',
    cause: 'connection-refused', verdict: 'wait', actor: 'nobody', absent: [/blocklist|PTR|HELO|reputation/i],
  },
  {
    text: 'connect to mx.example.org[192.0.2.7]:25: Connection refused',
    reply: null, status: '4.4.1', action: 'failed', reporter: 'postfix',
    meaning: 'The same refusal for the whole retry window: the recipient side must bring its server back; the sender resends after', source: 'rfc3463',
    cause: 'connection-refused', verdict: 'act', actor: 'recipient-admin', absent: [...FINAL, /blocklist|PTR|HELO/i], present: [/send it again/i],
  },
  {
    text: 'Peak SMTP relay limit exceeded for customer example.com. To protect our users, Gmail limits the number of messages a Google Workspace customer can send through the SMTP relay service.',
    reply: 421, status: '4.7.0', action: 'delayed', remoteMta: 'smtp-relay.gmail.com',
    meaning: "Google's peak relay limit is temporary: the relay accepts the message again once the peak passes", source: 'gmailErrors',
    cause: 'relay-peak-limit', verdict: 'wait', actor: 'nobody',
  },
  // ── High severity 2 and 3: network trouble is not a block, and dropped connections clear ──────────
  {
    text: 'lost connection with mx.example.org[192.0.2.7] while sending RCPT TO',
    reply: null, status: '4.4.2', action: 'delayed', reporter: 'postfix',
    meaning: 'X.4.2 bad connection: a persistent transient network failure, retried', source: 'rfc3463',
    cause: 'network-error', verdict: 'wait', actor: 'nobody', absent: [/will not clear by waiting/i],
  },
  {
    text: "451 4.4.397 Error encountered while communicating with primary target IP address: \"Failed to connect. Winsock error code: 10054, Win32 error code: 10054.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.7:25. Connection dropped.",
    reply: 451, status: '4.4.397', action: 'delayed', reporter: 'office365',
    meaning: 'Exchange Online 4.4.397: the connection to the destination dropped; it retries', source: 'exoNdr',
    cause: 'network-error', verdict: 'wait', actor: 'nobody', absent: [/will not clear by waiting/i],
  },
  // ── High severity 4: Gmail's 2024 authentication blocks, vendor codes at their rank ───────────────
  {
    text: '550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: SPF [example.com] with ip: [203.0.113.9] = did not pass',
    reply: 550, status: '5.7.27', action: 'failed', remoteMta: 'mx.google.com',
    meaning: 'Gmail 5.7.27: SPF did not pass for the sender', source: 'gmailErrors',
    cause: 'spf-fail', verdict: 'act', actor: 'sender-admin', absent: [/blocklist/i],
  },
  {
    text: "550 5.7.30 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. This message didn't pass DKIM authentication.",
    reply: 550, status: '5.7.30', action: 'failed', remoteMta: 'mx.google.com',
    meaning: 'Gmail 5.7.30 (vendor code, not IANA REQUIRETLS): DKIM did not pass', source: 'gmailErrors',
    cause: 'dkim-fail', verdict: 'act', actor: 'sender-admin', absent: [/REQUIRETLS|blocklist/i],
  },
  {
    text: '550 5.7.30 see https://support.google.com/mail/answer/81126',
    reply: 550, status: '5.7.30', action: 'failed', remoteMta: 'mx.google.com',
    meaning: 'The Gmail vendor code alone still names the DKIM failure (it competes at its rank instead of being dropped)', source: 'gmailErrors',
    cause: 'dkim-fail', verdict: 'act', actor: 'sender-admin', absent: [/REQUIRETLS/i],
  },
  {
    text: '552-5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to https://support.google.com/mail/?p=BlockedMessage',
    reply: 552, status: '5.7.0', action: 'failed', remoteMta: 'mx.google.com',
    meaning: "Gmail's blocked file types: the sender removes or replaces the file, or shares a link", source: 'gmailBlockedFiles',
    cause: 'blocked-attachment', verdict: 'act', actor: 'sender', absent: [/recipient's (?:mail )?admin/i], present: [/link/i],
  },
  // ── Medium and low ───────────────────────────────────────────────────────────────────────────────
  {
    text: '421 4.7.0 Connection expired, try reconnecting.',
    reply: 421, status: '4.7.0', action: 'delayed',
    meaning: 'An idle SMTP session timed out: network, not an expired message', source: 'rfc3463',
    cause: 'network-error', verdict: 'wait', actor: 'nobody',
  },
  {
    text: '451 4.4.7 Message delayed: queue time exceeded, will keep trying',
    reply: 451, status: '4.4.7', action: 'delayed',
    meaning: 'A delay notice is never "message expired": the message is still queued', source: 'rfc3464',
    cause: 'temporary-unknown', verdict: 'wait', actor: 'nobody', absent: [/expired|gave up|stopped trying/i],
  },
  {
    text: '450 4.2.1 Please see https://mail.example.org/help for details',
    reply: 450, status: '4.2.1', action: 'delayed',
    meaning: 'A class-4 code with words we do not recognise: temporary, cause unknown (not "account disabled")', source: 'rfc3463',
    cause: 'temporary-unknown', verdict: 'wait', actor: 'nobody',
  },
  {
    text: '451 4.7.1 Please see https://mail.example.org/help for details',
    reply: 451, status: '4.7.1', action: 'delayed',
    meaning: 'A class-4 security code alone does not name a fix: temporary, cause unknown', source: 'rfc3463',
    cause: 'temporary-unknown', verdict: 'wait', actor: 'nobody',
  },
  {
    text: '550 5.7.511 Access denied, banned sender [203.0.113.9]. To request removal from this list please forward this message to delist@messaging.microsoft.com.',
    reply: 550, status: '5.7.511', action: 'failed', reporter: 'office365',
    meaning: "Exchange Online 5.7.511: the sending IP is on Microsoft's ban list (delist@messaging.microsoft.com), not a compromised account", source: 'exoNdr',
    cause: 'ip-banned', verdict: 'act', actor: 'sender-admin', absent: [/password|compromised/i], present: [/delist@messaging\.microsoft\.com/],
  },
  {
    text: '550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
    reply: 550, status: '5.7.1', action: 'failed', remoteMta: 'example-org.mail.protection.outlook.com',
    meaning: "Microsoft's own block list (Blocklist 1/2), delisted through delist@messaging.microsoft.com", source: 'outlookPostmaster',
    cause: 'ip-banned', verdict: 'act', actor: 'sender-admin', present: [/delist@messaging\.microsoft\.com/],
  },
  {
    text: '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM',
    reply: 530, status: '5.7.57', action: 'failed', reporter: 'office365',
    meaning: 'A device or application submits to Microsoft 365 without SMTP AUTH: its administrator configures authentication', source: 'exoDeviceSmtp',
    cause: 'submission-unauthenticated', verdict: 'act', actor: 'sender-admin',
  },
  {
    text: '550 5.7.505 Access denied, banned recipient',
    reply: 550, status: '5.7.505', action: 'failed', reporter: 'office365',
    meaning: 'Exchange Online 5.7.505: the recipient is banned; the sender fixes or drops the address', source: 'exoNdr',
    cause: 'recipient-banned', verdict: 'act', actor: 'sender',
  },
  {
    text: '550 5.7.510 Access denied, example.org does not accept email over IPv6',
    reply: 550, status: '5.7.510', action: 'failed', reporter: 'office365',
    meaning: "Exchange Online 5.7.510: the destination refuses IPv6 senders; the sender's admin sends over IPv4", source: 'exoNdr',
    cause: 'ipv6-not-accepted', verdict: 'act', actor: 'sender-admin', present: [/IPv4/],
  },
  {
    text: "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
    reply: 550, status: '5.7.60', action: 'failed', reporter: 'office365',
    meaning: 'Send As denied: send from your own address, or the admin grants Send As', source: 'exoNdr',
    cause: 'send-as-denied', verdict: 'act', actor: 'sender', present: [/Send As/i],
  },
  {
    text: "550 5.7.1 Invalid credentials for relay [203.0.113.9]. The IP address you've registered in your G Suite SMTP Relay service doesn't match domain of the account this email is being sent from.",
    reply: 550, status: '5.7.1', action: 'failed', remoteMta: 'smtp-relay.gmail.com',
    meaning: "Google Workspace SMTP relay: the sender's own relay settings (allowed IPs, authentication) are wrong", source: 'gmailRelay',
    cause: 'relay-not-authorised', verdict: 'act', actor: 'sender-admin', absent: [/recipient's/i],
  },
  {
    text: 'TLS is required, but was not offered by host mx.example.org[192.0.2.7]',
    reply: null, status: '4.7.4', action: 'delayed', reporter: 'postfix',
    meaning: "Postfix: the sender's own policy enforces TLS and the receiver does not offer it; the sending side decides", source: 'postfixTls',
    cause: 'tls-required-by-sender', verdict: 'act', actor: 'sender-admin', present: [/STARTTLS/], absent: [/certificate/i],
  },
  {
    text: '550-5.7.1 Messages missing a valid Message-ID header are not accepted. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant',
    reply: 550, status: '5.7.1', action: 'failed', remoteMta: 'mx.google.com',
    meaning: 'Gmail header rules: the message is not RFC 5322 compliant (a software fix, not reputation)', source: 'gmailErrors',
    cause: 'not-rfc-compliant', verdict: 'act', actor: 'sender-admin', absent: [/blocklist|postmaster tools|SNDS/i],
  },
  {
    text: '554 Message not allowed - Headers are not RFC compliant',
    reply: 554, status: null, action: 'failed', remoteMta: 'mta5.am0.yahoodns.net',
    meaning: "Yahoo: the message's headers break RFC 5322", source: 'yahooCodes',
    cause: 'not-rfc-compliant', verdict: 'act', actor: 'sender-admin', absent: [/blocklist|postmaster tools|SNDS/i],
  },
  {
    text: '421 4.7.0 [TSS09] All messages from 203.0.113.9 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    reply: 421, status: '4.7.0', action: 'delayed', remoteMta: 'mta7.am0.yahoodns.net',
    meaning: 'Yahoo: the IP is blocked; retrying will not succeed, the queued copy will expire: send again after the block is lifted', source: 'yahooCodes',
    cause: 'reputation-block', verdict: 'act', actor: 'sender-admin', present: [/does not succeed|will not succeed|only expires/i],
  },
  {
    text: '421 4.7.0 [TSS11] Excessive unknown recipients - possible Open Relay (#4.7.0)',
    reply: 421, status: '4.7.0', action: 'delayed', remoteMta: 'mta7.am0.yahoodns.net',
    meaning: "Yahoo: the sending IP is deferred for mailing many addresses that do not exist (its reputation), not this recipient's address", source: 'yahooCodes',
    cause: 'reputation-deferral', verdict: 'act', actor: 'sender-admin', absent: [/typo|misspell/i],
  },
  {
    text: '452 4.3.1 Organization queue quota exceeded',
    reply: 452, status: '4.3.1', action: 'delayed', reporter: 'office365',
    meaning: "Microsoft 365's own organisation queue is over quota (often the sender's own organisation when it sends through Microsoft 365)", source: 'timmcmic',
    cause: 'org-queue-quota', verdict: 'wait', actor: 'nobody', absent: [/recipient's organi[sz]ation is/i],
  },
  {
    text: '421-4.7.28 Gmail has detected that this message is likely suspicious due to sending many messages with the same Message-ID.',
    reply: 421, status: '4.7.28', action: 'delayed', remoteMta: 'mx.google.com',
    meaning: 'Gmail: many messages with the same Message-ID, a sending software fault', source: 'gmailErrors',
    cause: 'duplicate-message-id', verdict: 'act', actor: 'sender-admin',
  },
  {
    text: "DNS Error: 1785613 DNS type 'mx' lookup of example.org responded with code NXDOMAIN Domain name not found: example.org",
    reply: null, status: null, action: 'failed', reporter: 'gmail',
    meaning: 'NXDOMAIN: the recipient domain does not exist (a wrong address), not a passing DNS problem', source: 'gmailErrors',
    cause: 'recipient-domain-unknown', verdict: 'act', actor: 'sender', absent: [/temporar/i],
  },
  {
    text: '454 Throttling failure: Daily message quota exceeded.',
    reply: 454, status: null, action: 'failed',
    meaning: "Amazon SES: the sending account's daily quota, not the recipient's mailbox", source: 'sesQuotas',
    cause: 'sender-quota-exceeded', verdict: 'act', actor: 'sender', absent: [/mailbox is full|storage/i],
  },
  {
    text: '525 5.7.13 User account disabled',
    reply: 525, status: '5.7.13', action: 'failed',
    meaning: "X.7.13: the sender's own (authenticated) account is disabled by its administrator", source: 'rfc5248',
    cause: 'own-account-blocked', verdict: 'act', actor: 'sender', absent: [/the recipient's account/i], present: [/IT admin|administrator/],
  },
  {
    text: '452 4.5.3 Too many recipients',
    reply: 452, status: '4.5.3', action: 'delayed',
    meaning: 'RFC 5321: the sending server splits the recipients and retries; not the recipient admin', source: 'rfc5321',
    cause: 'too-many-recipients', verdict: 'wait', actor: 'nobody', absent: [/recipient's (?:mail )?admin/i],
  },
  {
    text: "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    reply: 421, status: '4.7.32', action: 'delayed', remoteMta: 'mx.google.com',
    meaning: 'Gmail 4.7.32: a rate limit on From-unaligned mail (DMARC alignment), not a DMARC reject policy', source: 'gmailErrors',
    cause: 'dmarc-fail', verdict: 'act', actor: 'sender-admin', absent: [/policy says to reject/i, /send the message again once/i],
  },
  {
    text: '421 4.7.1 Messages to someone@example.org deferred due to excessive volume. Try again later - https://support.apple.com/en-us/102322',
    reply: 421, status: '4.7.1', action: 'delayed', remoteMta: 'mx01.mail.icloud.com',
    meaning: 'iCloud: this one recipient receives too much mail right now; it clears', source: 'apple',
    cause: 'recipient-rate-limit', verdict: 'wait', actor: 'nobody',
  },
  {
    text: '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    reply: 554, status: '5.7.1', action: 'failed', remoteMta: 'mx01.mail.icloud.com',
    meaning: "iCloud [HM08]: refused by Apple's policy (content or authentication)", source: 'apple',
    cause: 'message-policy-refusal', verdict: 'act', actor: 'sender-admin',
  },
  {
    text: '451 Temporary local problem - please try later',
    reply: 451, status: null, action: 'delayed', reporter: 'exim',
    meaning: "Exim: the receiving server's own temporary problem; it clears", source: 'exim',
    cause: 'receiver-temporary-error', verdict: 'wait', actor: 'nobody',
  },
];

describe('provider-documentation audit (issue 13)', () => {
  it.each(CASES.map((c) => [`${c.cause} ← ${c.text.slice(0, 70)} [${c.action}]`, c] as const))('%s', (_, c) => {
    expect(SOURCES[c.source], `source ${c.source}`).toBeTruthy();
    const { result, advice, all } = run(c);
    expect({ cause: result.cause, verdict: result.verdict, actor: result.actor }, c.meaning).toEqual({ cause: c.cause, verdict: c.verdict, actor: c.actor });
    expect(CAUSES.find((k) => k.id === c.cause)?.sources.length, 'the cause names its sources').toBeGreaterThan(0);
    for (const wrong of c.absent ?? []) expect(all, `${c.meaning}: must not say ${wrong}`).not.toMatch(wrong);
    for (const right of c.present ?? []) expect(all, `${c.meaning}: must say ${right}`).toMatch(right);
    expect(advice.steps.length).toBeGreaterThan(0);
  });

  it('takes the client address for the reverse-DNS example, not the receiving MX named first', () => {
    const { advice } = run({
      text: 'host mx.example.net[192.0.2.1] said: 450 4.7.25 Client host rejected: cannot find your hostname, [203.0.113.9] (in reply to RCPT TO command)',
      reply: 450, status: '4.7.25', action: 'delayed', reporter: 'postfix',
    });
    const examples = advice.dnsExamples.join('\n');
    expect(examples).toContain('9.113.0.203.in-addr.arpa. PTR');
    expect(examples).toContain('A 203.0.113.9');
    expect(examples).not.toContain('192.0.2.1');
  });

  it('gives the IPv6 form (ip6.arpa, AAAA) for an IPv6 client', () => {
    const { advice } = run({
      text: 'host mx.example.net[2001:db8::1] said: 450 4.7.25 Client host rejected: cannot find your hostname, [2001:db8:5::9] (in reply to RCPT TO command)',
      reply: 450, status: '4.7.25', action: 'failed', reporter: 'postfix',
    });
    const examples = advice.dnsExamples.join('\n');
    expect(examples).toContain('9.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.5.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa. PTR');
    expect(examples).toContain('AAAA 2001:db8:5::9');
    expect(examples).not.toMatch(/2001:db8::1\b|in-addr/);
  });

  it('keeps the documentation address when the server names none', () => {
    const { advice } = run({ text: '550 5.7.25 Client host rejected: cannot find your reverse hostname', reply: 550, status: '5.7.25', action: 'failed' });
    expect(advice.dnsExamples.join('\n')).toContain('25.113.0.203.in-addr.arpa.');
  });
});

describe('advice that fits the notice state, over every cause', () => {
  /** A recipient of this cause as classify() would return it, in the given state. */
  function adviceFor(causeId: string, action: 'failed' | 'delayed', verdict: Verdict) {
    const cause = CAUSES.find((c) => c.id === causeId)!;
    const recipient: RecipientStatus = {
      address: 'someone@example.org', action, status: null, reply: null, diagnostic: 'x', remoteMta: null, remoteIp: null, sendingIp: null,
      reason: cause.reason, cause: cause.id, verdict, actor: verdict === 'wait' ? 'nobody' : cause.actor,
      reasonEvidence: { kind: 'none', text: '' }, retryUntil: null,
    };
    return advise({ recipient, kind: action === 'delayed' ? 'delay' : 'failure', reporter: null });
  }

  it.each(CAUSES.map((c) => [c.id] as const))('%s: no retry-only sentence once the server has given up or was refused', (id) => {
    const advice = adviceFor(id, 'failed', 'act');
    for (const step of [...advice.steps, advice.resend!.text, ...advice.adminSteps]) {
      expect(step, `${id} step`).not.toMatch(RETRY_ONLY);
      expect(step, `${id} step`).not.toMatch(DO_NOT_RESEND);
    }
    expect(advice.resend!.when, id).not.toBe('not-while-retrying');
    expect(advice.explanation, `${id} explanation`).not.toMatch(RETRY_ONLY);
    // a self-clearing cause's explanation is shown on final failures too: it must not promise retries
    expect(causeText(CAUSES.find((c) => c.id === id)!).explanation, `${id} explanation`).not.toMatch(PROMISES_RETRY);
  });

  it.each(CAUSES.map((c) => [c.id] as const))('%s: while retrying, the resend answer is "don\'t", and no step asks to send it again', (id) => {
    const cause = CAUSES.find((c) => c.id === id)!;
    const advice = adviceFor(id, 'delayed', cause.temporary === 'clears-by-itself' ? 'wait' : 'act');
    if (causeText(cause).resendWhileRetrying) {
      // the waiting copy cannot get through as it is (too many recipients in one message): send a changed one
      expect(advice.resend!.text, id).toBe(causeText(cause).resendWhileRetrying);
    } else {
      expect(advice.resend!.when, id).toBe('not-while-retrying');
      expect(advice.resend!.text, id).toMatch(DO_NOT_RESEND);
    }
    for (const step of advice.steps) expect(step, `${id}: "${step}"`).not.toMatch(/send (?:it|the message) again|resend/i);
  });
});
