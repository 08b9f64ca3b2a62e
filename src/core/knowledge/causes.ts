import type { Actor, Reason } from '../types';
import type { SourceKey } from './sources';
import { reverseDnsPair } from './sending-address';

/**
 * How a cause behaves while the sending server is still retrying.
 * "Temporary does not mean it will fix itself": a 4xx caused by missing DNS, failed authentication
 * or poor reputation repeats on every retry until someone fixes it, then expires into a bounce.
 */
export type TemporaryBehaviour = 'clears-by-itself' | 'needs-fix';

export interface Cause {
  id: string;
  title: string;
  reason: Reason;
  temporary: TemporaryBehaviour;
  /** Who must act when action is needed (for self-clearing causes: after a final failure). */
  actor: Actor;
  /** Who should look into it if a self-clearing cause keeps coming back. */
  ifPersists: Actor;
  /**
   * For a self-clearing cause: who acts when it lasted the whole retry window and the server gave up
   * (default: the sender, who resends later). An outage that lasted days is its administrator's.
   */
  actorAfterRetries?: Actor;
  /**
   * `ifPersists` when the notice comes from this reporting system (the cause describes that system's own
   * side then): Microsoft 365's queue quota reported by Microsoft 365 is the sender's organisation's.
   */
  ifPersistsByReporter?: Readonly<Record<string, Actor>>;
  /** Plain-language explanation for someone who is not a mail administrator. */
  explanation: string;
  /** Ordered, concrete steps that hold whatever the notice's state (still retrying, gave up, refused). */
  steps: string[];
  /**
   * Steps that hold only while the sending server is still retrying (shown before `steps` then, never
   * on a final failure or a refusal). Self-clearing causes default to WHILE_RETRYING_STEPS.
   */
  whileRetrying?: string[];
  /**
   * Steps that hold only once the sending server has given up or was refused: sending the same message
   * again after someone else's fix. While it still retries, the queued copy goes through once fixed.
   */
  afterFailure?: string[];
  dnsExamples?: readonly string[];
  sources: SourceKey[];
}

// Example records use documentation names and addresses only (RFC 2606 / RFC 5737).
/** The reverse-DNS pair; advise() puts in the sending address the receiving server named, when it names one. */
export const PTR_EXAMPLES: readonly string[] = reverseDnsPair(
  { kind: 'ipv4', text: '203.0.113.25', reverseName: '25.113.0.203.in-addr.arpa.' }, 'mail.example.com');
const SPF_EXAMPLE = 'example.com. TXT "v=spf1 ip4:203.0.113.25 include:_spf.example.net -all"';
const DKIM_EXAMPLE = 'sel1._domainkey.example.com. TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(public key)"';
const DMARC_EXAMPLE = '_dmarc.example.com. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com"';
const MX_EXAMPLE = 'example.com. MX 10 mail.example.com.';

/** Steps that only make sense while the sending server is still retrying. */
export const WHILE_RETRYING_STEPS: readonly string[] = [
  'Do nothing for now: the sending mail server keeps retrying on its own.',
  'Do not send the message again; a manual resend only produces a duplicate once the original gets through.',
  'If the message is urgent, reach the person another way (phone, chat) in the meantime.',
];

export const CAUSES: readonly Cause[] = [
  // ── Rate limits and queues on the receiving side (the 450 family) ─────────────────────────────
  {
    id: 'gmail-receiving-rate',
    title: "Recipient's Gmail account is receiving mail too fast",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient',
    explanation:
      'Gmail limits how much mail a single account may receive per minute, hour and day. This person is getting more mail than that right now (often because some system forwards lots of mail into their inbox), so Gmail asked your server to slow down and try again later.',
    steps: [
      'If you send automated or bulk mail to this person, send less often.',
      'If it keeps happening, the recipient should stop the flood (for example a noisy alert or a forwarding rule) or use a Google Group for high-volume mail.',
    ],
    sources: ['gmailErrors', 'gmailLimits'],
  },
  {
    id: 'gmail-receiving-rate-final',
    title: "Recipient's Gmail account hit its receiving limit (message refused)",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient',
    explanation:
      'The recipient\'s Gmail account reached its receiving limit and Gmail refused this message outright. Such a lockout usually lasts about a day; Gmail does not keep the refused mail, so it will not arrive by itself.',
    steps: [
      'Tell the recipient another way that mail to them is being refused.',
      'If it repeats, the recipient\'s account is being flooded (perhaps by a forward or a mail bomb); they should find and stop the source.',
    ],
    afterFailure: ['Wait about 24 hours, then send the message again.'],
    sources: ['gmailErrors', 'gmailLimits'],
  },
  {
    id: 'recipient-rate-limit',
    title: 'Recipient is receiving mail too quickly',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient',
    explanation:
      "The recipient's mail provider is limiting how many messages this one mailbox may receive in a short time. Your server was asked to come back later.",
    steps: [
      'If you send many messages to this address, spread them out.',
    ],
    sources: ['sfm', 'yandex', 'comcast', 'exoNdr', 'apple'],
  },
  {
    id: 'recipient-hourly-limit',
    title: 'Recipient got too many messages this hour (message refused)',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient',
    explanation:
      "The recipient's mailbox has received more messages per hour than its provider allows, and this message was refused with a permanent code even though the condition is temporary.",
    steps: [
      'If a program sends to this address, limit how many messages per hour it sends there.',
    ],
    afterFailure: ['Send the message again in an hour or two.'],
    sources: ['exoNdr'],
  },
  {
    id: 'org-queue-quota',
    title: 'A Microsoft 365 organisation has too much mail queued',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    ifPersistsByReporter: { office365: 'sender-admin' },
    explanation:
      "Microsoft 365 is holding back new mail for an organisation because too much of that organisation's mail is already waiting in Microsoft's queues (typically a storm of automatic or undeliverable messages). When your own mail goes out through Microsoft 365, that organisation is usually yours; otherwise it is the recipient's.",
    steps: [
      "If it lasts for many hours, the administrator of the organisation with the backlog must find it or open a case with Microsoft.",
    ],
    sources: ['timmcmic', 'sfm', 'exoNdr'],
  },
  {
    id: 'app-queue-quota',
    title: 'Microsoft 365 is temporarily deferring mail (service queue quota)',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: 'Microsoft 365 deferred the message while one of its internal queues was over its limit. Later attempts normally get through.',
    steps: ["If it keeps happening, the administrator of the Microsoft 365 organisation involved should open a case with Microsoft."],
    sources: ['exoNdr'],
  },
  {
    id: 'mailbox-thread-limit',
    title: "Recipient's mailbox is receiving too many messages at once",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: "The recipient's mailbox server is throttling deliveries into this one mailbox because too many arrive at the same time.",
    steps: ["If it keeps happening, the recipient's administrator should look for what floods the mailbox (rules, forwards, automated mail)."],
    sources: ['exoNdr'],
  },
  {
    id: 'relay-peak-limit',
    title: "Sending organisation exceeded Google's SMTP relay peak rate",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: "Your organisation sends through Google's SMTP relay faster than its peak allowance, so Google is pacing it. Google calls this limit temporary: later attempts get through.",
    steps: [
      "If it happens often, your mail administrator should spread out bursts sent through smtp-relay.gmail.com.",
    ],
    sources: ['gmailErrors', 'gmailRelay'],
  },
  {
    id: 'sender-quota-exceeded',
    title: 'You reached your own sending limit',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation:
      'Your mail account (or your organisation) has sent more messages or recipients today than your provider allows, so this message was not sent.',
    steps: [
      'If you did not send that much mail, tell your mail administrator at once: your account may be compromised.',
    ],
    afterFailure: ['Wait until the limit resets (usually 24 hours), then send the message again.'],
    sources: ['gmailErrors', 'exoNdr', 'sesQuotas'],
  },
  {
    id: 'ip-throttled',
    title: 'Receiving server is slowing down your sending server',
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving provider limits how fast it accepts mail from your sending server (for example because the server suddenly sends much more than usual). Your server was asked to retry later.',
    steps: [
      'If such delays are frequent, your mail administrator should lower the sending rate and the number of parallel connections to that provider.',
    ],
    sources: ['exoNdr', 'gmailErrors', 'comcast', 'mimecast', 'apple'],
  },
  {
    id: 'gateway-rate-limit',
    title: "Recipient's mail gateway is limiting your sending rate",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: "The recipient's mail gateway accepts only a limited amount of mail per hour from senders it does not know well, and your server reached that limit for now.",
    steps: [
      "If it keeps happening, the recipient's administrator can move your server to a trusted sender group on their gateway.",
    ],
    sources: ['cisco'],
  },
  {
    id: 'too-many-connections',
    title: 'Too many simultaneous connections from your sending server',
    reason: 'toomanyconn',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'Your sending server opened more connections at once than the receiving server allows.',
    steps: [
      'If it keeps happening, your mail administrator should reduce concurrent connections to that destination.',
    ],
    sources: ['comcast', 'mimecast', 'exoNdr', 'orange'],
  },
  {
    id: 'too-many-recipients',
    title: 'Too many recipients in one delivery attempt',
    reason: 'toomanyconn',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving server accepts only a limited number of recipients per delivery. A normal sending server simply delivers the remaining recipients in a further attempt.',
    steps: [
      'Usually nothing: your server sends the rest in another attempt.',
    ],
    afterFailure: ['Split the recipient list into smaller groups and send again.'],
    sources: ['rfc5321', 'gmailErrors', 'exoNdr', 'mimecast'],
  },
  {
    id: 'gateway-deferral',
    title: "Recipient's filtering gateway deferred the message",
    reason: 'speeding',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation:
      "The recipient's e-mail security gateway (for example Broadcom Email Security.cloud) aborted the delivery for now. Such deferrals are used for connection throttling or reputation checks.",
    steps: [
      "If it persists for a day or more, your mail administrator should check the sending IP address's reputation and volume.",
    ],
    sources: ['sfm', 'messagelabs'],
  },
  {
    id: 'greylisting',
    title: 'Greylisting: the receiving server asked to try again shortly',
    reason: 'blocked',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation:
      'The receiving server uses greylisting: the first message from a sender it does not know yet is turned away with "try again later". Real mail servers come back after a few minutes and are then accepted; spam software usually does not.',
    steps: [
      'Delivery normally succeeds within minutes to a few hours.',
      "If it never clears, the recipient's mail administrator can allowlist your sending server.",
    ],
    sources: ['postgrey', 'milterGreylist', 'mimecast', 'barracuda'],
  },
  {
    id: 'mimecast-greylisting',
    title: 'Mimecast greylisting / temporary resource limit',
    reason: 'blocked',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation:
      "The recipient's Mimecast service asked your server to come back later. Mimecast expects a retry between one minute and twelve hours; it is mostly greylisting, sometimes a reputation check.",
    steps: [
      "If it never clears, the recipient's administrator can add a permitted-senders or auto-allow policy for you in Mimecast.",
    ],
    sources: ['mimecast'],
  },
  {
    id: 'multi-domain-transaction',
    title: 'Recipients of several domains were sent in one transfer',
    reason: 'systemerror',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'Your sending server tried to deliver to recipients of different domains in one go, which Gmail does not support. Sending servers normally deliver one domain at a time when asked to.',
    steps: [
      'If it keeps happening, your mail administrator should configure the server to send one domain per transfer.',
    ],
    sources: ['gmailErrors'],
  },
  {
    id: 'recipient-limit-per-message',
    title: 'Too many recipients in one message',
    reason: 'toomanyconn',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider accepts only a limited number of recipients per message (for example 200 per domain at Microsoft 365), and this message had more. The sending side has to split it.',
    steps: [
      'Send the message to smaller groups of recipients (or use a mailing list).',
      'If a program or server sent it, your mail administrator should make it split large recipient lists automatically.',
    ],
    sources: ['gmailErrors', 'exoNdr'],
  },
  {
    id: 'recipient-refuses-sender',
    title: "The recipient's settings refuse mail from your address",
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'recipient',
    ifPersists: 'recipient',
    explanation:
      "The recipient's mail settings accept only chosen senders or block your address or domain (common with Japanese mobile carriers' reception filters). The address itself may be fine even though the reply says \"unknown user\".",
    steps: [
      'Contact the recipient another way and ask them to allow your address or domain in their reception settings.',
    ],
    afterFailure: ['Send the message again once they confirm.'],
    sources: ['sisimai'],
  },
  {
    id: 'blocked-by-recipient',
    title: 'The recipient has blocked your sending server',
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'recipient',
    ifPersists: 'recipient-admin',
    explanation: "The recipient's organisation chose to refuse mail from your sending server's address.",
    steps: [
      'Contact the recipient another way and ask them to unblock you (their administrator may have to do it).',
    ],
    afterFailure: ['Send the message again once they confirm.'],
    sources: ['exoNdr'],
  },
  {
    id: 'sending-volume-block',
    title: 'Your sending server sent too much, too fast, and is being refused',
    reason: 'speeding',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider refuses mail from your sending server (or its address range) because it exceeded the provider\'s volume or connection limits. It lifts once the rate drops, but the sending side has to slow down.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      'They reduce the sending rate and the number of parallel connections to this provider.',
    ],
    afterFailure: ['Send the message again later.'],
    sources: ['exoNdr', 'tencent', 'spectrum'],
  },
  {
    id: 'own-account-blocked',
    title: 'Your own mail account is blocked from sending',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation:
      'Your mail provider or administrator has stopped your account from sending: it was disabled, or unusual activity was seen (common on new accounts or after a password leak).',
    steps: [
      "Contact your mail administrator or your provider's support and ask them to enable sending again.",
      'If they mention unusual activity, change your password and check your account for rules or apps you did not set up.',
    ],
    afterFailure: ['Send the message again once sending works.'],
    sources: ['zoho', 'rfc5248', 'iana'],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  {
    id: 'reputation-deferral',
    title: 'Deferred because of the sending server\'s or domain\'s reputation',
    reason: 'badreputation',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving provider is holding back mail from your sending IP address or domain because of its reputation (complaints, unexpected volume, spam-like mail). Although the code is temporary, waiting alone does not fix it: it repeats until the sending side improves, and retrying harder makes it worse.',
    whileRetrying: ['Do not send the message again: your server is already retrying, and more attempts make the reputation worse.'],
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      'They should check the sending IP and domain reputation (e.g. Google Postmaster Tools, Microsoft SNDS), slow down, and stop mailing people who did not ask for mail.',
      'Make sure SPF, DKIM and DMARC are set up for your domain.',
    ],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['gmailErrors', 'yahooCodes', 'yahooHelp', 'outlookPostmaster', 'spamresource', 'gmx'],
  },
  {
    id: 'reputation-block',
    title: 'Refused because of the sending server\'s reputation',
    reason: 'badreputation',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving provider refuses mail from your sending IP address or network because of its reputation. You cannot fix this from your mail program; your mail administrator or e-mail provider must.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      "They should look up the sending IP on the provider's postmaster pages and follow its delisting or review procedure.",
    ],
    afterFailure: ['Once they confirm the block is lifted, send the message again.'],
    whileRetrying: ['Retrying will not succeed while the block lasts (Yahoo says so for [TS03], [TSS09], [TSS11]): the queued copy will expire; send again once the block is lifted.'],
    sources: ['outlookPostmaster', 'yahooCodes', 'cisco', 'mimecast', 'tonline'],
  },
  {
    id: 'ip-banned',
    title: 'Sending IP address is on the provider\'s own block list',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving provider has put your sending IP address on its own block list, so it refuses all mail from it.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      "They request removal through the provider's delisting procedure (for Microsoft: https://sender.office.com, or by writing to delist@messaging.microsoft.com when the notice names it, as for \"banned sender\" and \"Blocklist 1/2\").",
    ],
    afterFailure: ['Send the message again after the removal is confirmed.'],
    sources: ['exoNdr', 'outlookPostmaster'],
  },
  {
    id: 'dnsbl-listed',
    title: 'Sending IP address is on a public blocklist',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving server looked up your sending IP address in a public blocklist (such as Spamhaus, Barracuda, SpamCop or Cloudmark) and found it listed, so it refused the message. Listings follow spam seen from that address, or mark home/dynamic addresses that should not send mail directly.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message (it names the list).',
      "They look up the IP on that list's website (e.g. https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) and follow its removal steps after fixing the cause.",
      'If the address is a home or dynamic one, send through your provider\'s mail server instead.',
    ],
    afterFailure: ['Send the message again once the listing is gone.'],
    sources: ['spamhaus', 'barracuda', 'spamcop', 'cloudmark', 'proofpoint', 'postfix', 'comcast', 'orange'],
  },
  {
    id: 'dnsbl-stale-sorbs',
    title: 'Receiver still checks the discontinued SORBS blocklist',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      'The receiving server refused the message citing SORBS, a blocklist that was shut down in June 2024. Nobody can be delisted from it any more; the receiving server is using an outdated configuration.',
    steps: [
      'Tell the recipient another way that their mail server refused your message.',
      "Their mail administrator should remove SORBS from the server's blocklist settings.",
    ],
    afterFailure: ['Send the message again after they confirm.'],
    sources: ['sorbs'],
  },
  {
    id: 'dynamic-ip-direct',
    title: 'Your sending address may not deliver directly to this provider',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'Mail came straight from an address that looks like a home or dynamic connection. Big providers only accept mail from such addresses through the internet provider\'s or e-mail service\'s own mail server.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      "Configure the sending server or device to send through your provider's or e-mail service's relay (smarthost).",
    ],
    afterFailure: ['Send the message again.'],
    sources: ['gmailErrors', 'outlookPostmaster', 'comcast'],
  },
  {
    id: 'client-blocked',
    title: 'The receiving server refused your sending server',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'recipient-admin',
    explanation:
      'The receiving server refused the connection from your sending server itself (its address or its name), before looking at the message.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      "They check whether the sending IP is blocklisted and whether its reverse DNS and HELO name are correct.",
      "If everything is in order, ask the recipient's mail administrator (another way) why your server is refused.",
    ],
    dnsExamples: PTR_EXAMPLES,
    sources: ['sisimai', 'postfix'],
  },
  {
    id: 'bad-helo',
    title: 'Your sending server introduced itself with a wrong name',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Your sending server greeted the receiving server with a name (HELO/EHLO) that is invalid or claims to be the receiver. Receivers refuse such connections.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      "They set the server's HELO name to its own fully-qualified name (e.g. mail.example.com) that has matching DNS.",
    ],
    afterFailure: ['Send the message again.'],
    dnsExamples: PTR_EXAMPLES,
    sources: ['exoNdr'],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  {
    id: 'no-ptr',
    title: 'Sending server has no valid reverse DNS (PTR) record',
    reason: 'requireptr',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving server looked up the name that belongs to your sending IP address (its reverse DNS or PTR record) and found none, or found a name that does not point back to the same address. Many servers refuse or slow down such mail. Even when the code is temporary, it repeats until the DNS is fixed.',
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      'They ask whoever owns the sending IP address (usually the hosting or internet provider) to publish a PTR record for it.',
      'The name in the PTR record must itself resolve back to the same IP address (forward-confirmed reverse DNS).',
    ],
    whileRetrying: ['Do not send the message again: your server keeps retrying, and once the record is fixed the queued message goes through.'],
    dnsExamples: PTR_EXAMPLES,
    sources: ['gmailErrors', 'postfix', 'comcast', 'gmx', 'sfm'],
  },
  {
    id: 'ptr-lookup-tempfail',
    title: 'Reverse DNS lookup of the sending server failed temporarily',
    reason: 'requireptr',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: "The receiving server could not look up your sending server's reverse DNS just now (a DNS error, not a missing record).",
    steps: [
      'If it persists, your mail administrator should check that the PTR record of the sending IP resolves reliably.',
    ],
    dnsExamples: PTR_EXAMPLES,
    sources: ['comcast'],
  },
  {
    id: 'sender-domain-not-found',
    title: "Your sender domain cannot be found in DNS",
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The receiving server checked the domain in your sender address and could not find it in DNS (no address or mail record), so it cannot send replies or bounces back. Postfix uses a temporary code for this so a DNS hiccup loses no mail, but if the domain really does not resolve it repeats until fixed.',
    steps: [
      'Check that your sender address is spelled correctly.',
      'Tell your mail administrator: the sender domain needs working DNS (an MX or A record, and for Yahoo also an SOA record).',
    ],
    whileRetrying: ['Do not send the message again: your server keeps retrying, and once the domain resolves the queued message goes through.'],
    dnsExamples: [MX_EXAMPLE, 'mail.example.com. A 203.0.113.25'],
    sources: ['postfix', 'sfm', 'yahooCodes', 'rfc3463'],
  },
  {
    id: 'sender-null-mx',
    title: 'Your sender domain says it accepts no mail (null MX)',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Your sender domain publishes a "null MX" record, declaring that it receives no mail. Receivers refuse mail from it because bounces could not be returned.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      'Send from a domain that can receive mail, or replace the null MX with a real MX record.',
    ],
    dnsExamples: [MX_EXAMPLE],
    sources: ['rfc7505', 'iana'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  {
    id: 'dmarc-temp-dns',
    title: 'Authentication could not be checked because of a temporary DNS failure',
    reason: 'authfailure',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation:
      "The receiving server wanted to check your domain's SPF, DKIM or DMARC records but the DNS lookups failed for the moment. This usually clears on a later attempt.",
    steps: [
      "If it keeps happening, your mail administrator should check that your domain's DNS servers answer reliably for SPF, DKIM and DMARC records.",
    ],
    dnsExamples: [SPF_EXAMPLE, DMARC_EXAMPLE],
    sources: ['gmailErrors', 'cisco', 'rfc7208'],
  },
  {
    id: 'auth-required',
    title: 'Your mail is not authenticated (SPF or DKIM missing)',
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      "The receiving provider requires proof that mail really comes from your domain: SPF (a list of servers allowed to send for it) or DKIM (a cryptographic signature). Neither passed. Until your domain's records are set up, the mail is slowed down or refused.",
    steps: [
      'Tell your mail administrator or e-mail provider, quoting this message.',
      'They publish an SPF record listing every server that sends for your domain.',
      'They turn on DKIM signing and publish the DKIM public key.',
      'For bulk mail, they also publish a DMARC record.',
    ],
    afterFailure: ['Send the message again once the records are published.'],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['gmailErrors', 'gmailSenderGuide', 'yahooCodes', 'exoNdr', 'rfc7208', 'rfc6376'],
  },
  {
    id: 'spf-fail',
    title: 'SPF check failed for your domain',
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      "Your domain's SPF record lists the servers allowed to send its mail, and the server that sent this message is not on it (or the record is broken).",
    steps: [
      'Tell your mail administrator, quoting this message.',
      "They add the sending server's IP address (or the e-mail service's include) to the SPF record and fix any syntax errors.",
    ],
    afterFailure: ['Send the message again once the record is updated.'],
    dnsExamples: [SPF_EXAMPLE],
    sources: ['rfc7208', 'gmailErrors', 'exoNdr', 'gmx', 'mimecast'],
  },
  {
    id: 'spf-suspicious',
    title: "Your domain's SPF record contains suspicious entries",
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: "Gmail found entries in your domain's SPF record that it considers suspicious (for example overly broad ranges), and limits mail until the record is cleaned up.",
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They remove overly broad or unneeded entries from the SPF record, keeping only real sending servers.',
    ],
    dnsExamples: [SPF_EXAMPLE],
    sources: ['gmailErrors'],
  },
  {
    id: 'dkim-fail',
    title: 'DKIM signature missing or not valid',
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider requires a valid DKIM signature (a cryptographic seal proving the message comes from your domain) and this message had none that passed.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They enable DKIM signing on the sending server or service and publish the public key in DNS.',
    ],
    afterFailure: ['Send the message again once signing works.'],
    dnsExamples: [DKIM_EXAMPLE],
    sources: ['rfc6376', 'gmailErrors', 'iana'],
  },
  {
    id: 'dmarc-fail',
    title: "Failed your domain's DMARC check",
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      "DMARC checks that the domain in the From line is the one that passed SPF or DKIM. This message failed that check (or its From domain was not aligned with the domain that passed). Receivers refuse or slow down such mail, and the From domain's own DMARC policy can ask them to reject it.",
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They make sure the sending server passes SPF or DKIM for the same domain as the From address.',
      'If a service sends on your behalf, it must sign with your domain (DKIM) or be in your SPF record.',
    ],
    afterFailure: ['Send the message again once checks pass.'],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['rfc7489', 'gmailErrors', 'exoNdr', 'proofpoint', 'zoho', 'apple'],
  },
  {
    id: 'dmarc-missing',
    title: 'Your domain has no DMARC record',
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider requires bulk senders to publish a DMARC policy for their domain, and yours has none.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They publish a DMARC record (a monitoring policy p=none is enough to start).',
    ],
    dnsExamples: [DMARC_EXAMPLE],
    sources: ['gmailErrors', 'gmailSenderGuide'],
  },
  {
    id: 'bulk-auth-required',
    title: 'High-volume sender without full SPF, DKIM and DMARC',
    reason: 'authfailure',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Outlook.com requires domains that send more than about 5,000 messages a day to pass SPF, DKIM and DMARC; this domain does not.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They publish SPF, DKIM and DMARC for the sending domain, then the message can be sent again.',
    ],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['outlookPostmaster'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  {
    id: 'tls-required',
    title: 'Receiver requires an encrypted (TLS) connection',
    reason: 'securityerror',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving domain only accepts mail sent over an encrypted connection (STARTTLS), and your sending server did not use one.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They enable STARTTLS for outgoing mail on the sending server.',
    ],
    sources: ['gmailErrors', 'rfc3207'],
  },
  {
    id: 'tls-failed',
    title: "Secure connection to the recipient's server failed",
    reason: 'failedstarttls',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      "Your server insisted on a verified encrypted connection (e.g. DANE/MTA-STS), but the recipient's server could not provide one: no STARTTLS, an expired or mismatched certificate, or broken DNSSEC records.",
    steps: [
      "Tell the recipient another way that their mail server's TLS setup rejects secure delivery.",
      "Their mail administrator must fix the certificate, STARTTLS or TLSA/DNSSEC records.",
    ],
    afterFailure: ['Send the message again afterwards.'],
    sources: ['exoNdr', 'iana', 'postfix', 'postfixTls'],
  },
  {
    id: 'tls-required-by-sender',
    title: "Your server requires encryption the recipient's server does not offer",
    reason: 'failedstarttls',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      "Your own mail server is set to deliver to this domain only over an encrypted connection, and the recipient's server did not offer one (no STARTTLS, or it would not start it). The recipient's server refused nothing: your side held the message back.",
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They check whether the rule that demands TLS for this domain is intended (a TLS policy entry, MTA-STS or DANE).',
      "If it is, the recipient's mail administrator must turn on STARTTLS; tell the recipient another way.",
    ],
    afterFailure: ['Send the message again once either side has changed its setup.'],
    sources: ['postfixTls', 'rfc3207'],
  },
  {
    id: 'smtp-auth-failed',
    title: 'Your mail program could not log in to the sending server',
    reason: 'securityerror',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'The server you send through refused the login of your mail program or device (wrong password, too many attempts, or sign-in method not allowed).',
    steps: [
      'Check the user name and password (or app password) configured in your mail program or device.',
      'Wait a few minutes before trying again if too many attempts were made.',
      'If it still fails, ask your mail administrator whether SMTP sign-in is allowed for your account.',
    ],
    sources: ['rfc4954', 'gmailErrors', 'exoNdr'],
  },
  {
    id: 'security-policy',
    title: 'Refused for a security or policy reason',
    reason: 'securityerror',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'recipient-admin',
    explanation: 'The receiving server refused the message for a security or policy reason without saying exactly which one.',
    steps: [
      'Read the server\'s words in the details for a hint (authentication, reputation, content).',
      'Ask your mail administrator to check SPF, DKIM, DMARC and the sending IP\'s reputation.',
      "If all is in order, ask the recipient (another way) to have their administrator check why your mail is refused.",
    ],
    sources: ['iana', 'rfc3463'],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  {
    id: 'recipient-policy',
    title: "Blocked by a rule of the recipient's organisation",
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      "A rule set by the recipient's organisation refused the message: for example the address or group only accepts mail from inside the organisation or from listed senders, or your address or server is on their own block list. Only their side can change it.",
    steps: [
      'Contact the recipient another way and tell them mail from you is refused.',
      "Ask them to have their mail administrator (or the group owner) allow your address or server.",
    ],
    afterFailure: ['Send the message again once they confirm.'],
    sources: ['exoNdr', 'gmailErrors', 'mimecast', 'barracuda', 'trendmicro', 'zoho'],
  },
  {
    id: 'recipient-allowlist-only',
    title: "Recipient's domain only accepts mail from approved servers",
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      "The recipient's Google Workspace domain only accepts mail from a list of approved servers (typically because all its mail should arrive through a filtering gateway), and your server is not on it.",
    steps: [
      "Tell the recipient another way; their mail administrator must allow your server's IP or fix their inbound gateway settings.",
      "Your mail administrator can check that mail goes to the recipient domain's published MX servers.",
    ],
    sources: ['gmailErrors'],
  },
  {
    id: 'external-forwarding-blocked',
    title: 'Automatic forwarding to outside addresses is not allowed',
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: "The message was being forwarded automatically to an outside address, and the forwarding organisation's Microsoft 365 spam policy forbids that.",
    steps: [
      'If you set up the forwarding, remove it or ask your administrator to allow it.',
      'Administrators can allow automatic external forwarding for specific mailboxes in the outbound spam policy.',
    ],
    sources: ['exoNdr'],
  },
  {
    id: 'unregistered-sender-domain',
    title: 'Sending from a domain your organisation has not registered',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Your Microsoft 365 organisation sent mail from a domain it has not added and verified, so Microsoft blocked it.',
    steps: ['Tell your mail administrator: every domain used for sending must be added and verified in Microsoft 365.'],
    sources: ['exoNdr'],
  },
  {
    id: 'sender-account-blocked',
    title: 'Your sending account is blocked for suspicious activity',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The mail service blocked your account (or your organisation) from sending because it saw spam-like or unusual activity. This often means the account was compromised.',
    steps: [
      'Change your password and check for forwarding rules or apps you did not set up.',
      'Tell your mail administrator; they request the unblock from the provider (Microsoft, Zoho ...).',
    ],
    afterFailure: ['Send the message again once sending is restored.'],
    sources: ['exoNdr', 'zoho'],
  },
  {
    id: 'duplicate-message-id',
    title: 'Too many messages with the same Message-ID',
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The same Message-ID was reused for many messages; receivers expect each message to have a unique one.',
    steps: ['Tell your mail administrator: the sending software must generate a unique Message-ID for every message.'],
    sources: ['gmailErrors'],
  },
  {
    id: 'blocked-attachment',
    title: 'An attachment type the receiver does not accept',
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation:
      'The receiving provider refuses certain kinds of attachments outright because they can carry malware (for example programs, scripts, some archives or documents with macros). Gmail blocks such file types whatever their content.',
    steps: [
      'Remove the attachment, or send it in another format (for example a PDF instead of a document with macros).',
      'For programs or archives, share the file through a link (a cloud drive) instead of attaching it.',
      'Send the message again without the blocked file.',
    ],
    sources: ['gmailBlockedFiles', 'gmailErrors'],
  },
  {
    id: 'submission-unauthenticated',
    title: 'A device or application sent mail without signing in',
    reason: 'securityerror',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation:
      'The message was handed to Microsoft 365 by a device or program (a printer, scanner or business application) that did not sign in, and Microsoft 365 does not accept anonymous mail from it.',
    steps: [
      'Tell your mail administrator which device or program sent it.',
      'They configure it to sign in (SMTP AUTH) with a licensed mailbox, or set up a connector or relay for it in Microsoft 365.',
    ],
    sources: ['exoNdr', 'exoDeviceSmtp'],
  },
  {
    id: 'send-as-denied',
    title: 'You may not send as this sender address',
    reason: 'securityerror',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'The message went out with a From address that your account is not allowed to use (another person, a shared mailbox or a group).',
    steps: [
      'Send the message from your own address.',
      'If you should be able to send as that address, ask your mail administrator to grant you "Send As" permission for it.',
    ],
    sources: ['exoNdr'],
  },
  {
    id: 'ipv6-not-accepted',
    title: 'The receiver does not accept mail over IPv6',
    reason: 'blocked',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: "Your sending server connected to the recipient's Microsoft 365 domain over IPv6, which that domain does not accept.",
    steps: [
      'Tell your mail administrator, quoting this message.',
      'They send to this destination over IPv4 (or have the recipient enable IPv6 inbound mail for their domain).',
    ],
    sources: ['exoNdr'],
  },
  {
    id: 'recipient-banned',
    title: "The recipient's organisation refuses mail to this address",
    reason: 'suspend',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: "The recipient's organisation has barred this address from receiving mail (a closed or banned mailbox).",
    steps: [
      'Check the address; ask the person another way for one that receives mail.',
      'Remove this address from your contacts or lists.',
    ],
    sources: ['exoNdr'],
  },
  {
    id: 'sender-rejected',
    title: 'Your sender address was refused',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving server refused the sender address of the message (the envelope sender), for example because it is blocked there, malformed, or not allowed to post.',
    steps: [
      'Check that you sent from the address you meant to.',
      'If the address is correct, ask your mail administrator to look at why the receiver refuses it.',
      'For a mailing list, make sure you are subscribed with this address.',
    ],
    sources: ['iana', 'sisimai'],
  },
  {
    id: 'relay-denied',
    title: 'The receiving server does not accept mail for this domain',
    reason: 'norelaying',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      "The server that was contacted says it does not handle mail for the recipient's domain (\"relay access denied\"). Usually the recipient domain's MX records point to a server that is not configured for it; sometimes your server sent to the wrong place.",
    steps: [
      'Check the recipient address for typos.',
      "Tell the recipient another way: their domain's mail records (MX) or accepted-domain settings need fixing.",
      'If many recipients fail this way, your mail administrator should check how your server routes mail.',
    ],
    dnsExamples: [MX_EXAMPLE],
    sources: ['exoNdr', 'sisimai'],
  },
  {
    id: 'relay-not-authorised',
    title: 'Your server is not allowed to relay through this service',
    reason: 'norelaying',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Your mail was handed to a service (gateway or sending platform) that does not recognise your server or your sender identity as one of its customers.',
    steps: [
      'Tell your mail administrator, quoting this message.',
      "They register the sending IP / verify the sender address with that service, or fix the outbound connector.",
    ],
    sources: ['messagelabs', 'mimecast', 'exoNdr', 'ses', 'gmailRelay'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'spam-detected',
    title: 'The message was judged to be spam',
    reason: 'spamdetected',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: "The receiving server's spam filter refused the message based on its content, links or the way it was sent.",
    steps: [
      'Remove anything spam-like: URL shorteners, many links, large images without text, attachments such as .zip or .exe.',
      'Make sure the recipient expects mail from you.',
      'Ask your mail administrator to check SPF, DKIM and DMARC, then send a plainer version again.',
    ],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['gmailErrors', 'barracuda', 'zoho', 'sisimai'],
  },
  {
    id: 'content-reputation',
    title: 'Links or content in the message have a poor reputation',
    reason: 'spamdetected',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'Gmail slowed down or refused the message because of the reputation of its content or the links in it. The same message will meet the same answer.',
    whileRetrying: ['The queued copy will probably keep being refused until it expires: prepare a plainer version instead of waiting.'],
    steps: [
      'Remove URL shorteners and links to domains with a bad reputation.',
      'Send the plainer version.',
    ],
    sources: ['gmailErrors'],
  },
  {
    id: 'virus-detected',
    title: 'A virus or dangerous attachment was found',
    reason: 'virusdetected',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: "The receiving server's virus scanner found something it considers dangerous in the message, usually an attachment.",
    steps: [
      'Scan your computer and the attachment with an up-to-date virus scanner.',
      'Send the file another way (shared link) or in a different format, without executable or macro content.',
    ],
    sources: ['sisimai'],
  },
  {
    id: 'content-filtered',
    title: 'Refused by a content filter',
    reason: 'filtered',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: "The receiving server refused the message after reading it, because of its content or headers, or because the recipient's filters do not accept it.",
    steps: [
      'Check the message for attachments or content that filters commonly refuse.',
      'Contact the recipient another way and ask whether they filter mail from you.',
      'Send a plainer version again.',
    ],
    sources: ['sisimai', 'iana'],
  },
  {
    id: 'message-policy-refusal',
    title: 'Refused for policy reasons (content or authentication)',
    reason: 'policyviolation',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider refused the message for policy reasons, which it uses for phishing-like content or failed authentication.',
    steps: [
      'Review the links and content of the message.',
      'Ask your mail administrator to check SPF, DKIM and DMARC for your domain.',
      'Send again once fixed.',
    ],
    dnsExamples: [SPF_EXAMPLE, DKIM_EXAMPLE, DMARC_EXAMPLE],
    sources: ['yahooCodes'],
  },
  {
    id: 'provider-refused-data',
    title: 'Provider refused the message without giving a reason',
    reason: 'filtered',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'The receiving provider refused the message at the end of the transfer but did not state why. Content or sender reputation are the usual suspects.',
    steps: [
      'Try once more later with a plain version of the message.',
      'If it is refused again, ask your mail administrator to check the sending reputation and authentication.',
    ],
    sources: ['yahooCodes'],
  },
  {
    id: 'not-rfc-compliant',
    title: 'The message is not correctly formatted',
    reason: 'notcompliantrfc',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'The message breaks the e-mail format rules (for example a missing or invalid From line or Message-ID, duplicated headers, or characters a header may not carry), so the receiver refused it. It is about how the message was built, not about spam or reputation.',
    steps: [
      'If you sent it from a program, website or device, tell whoever runs it.',
      'The sending software must produce a valid From address and standard headers.',
    ],
    sources: ['exoNdr', 'sisimai', 'gmailErrors', 'yahooCodes'],
  },
  {
    id: 'content-error',
    title: 'The message content could not be accepted',
    reason: 'contenterror',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Something about how the message is encoded (its media type, 8-bit data in headers, international characters) could not be handled by the receiving system.',
    steps: [
      'Try sending the message again from a standard mail program.',
      'If it was sent by software, tell whoever runs it: headers must be encoded correctly.',
    ],
    sources: ['iana', 'rfc3463'],
  },
  {
    id: 'message-too-big',
    title: 'The message is too large',
    reason: 'mesgtoobig',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The message, with its attachments, is larger than the receiving server accepts.',
    steps: [
      'Remove or compress large attachments, or share them as a link instead.',
      'Send the smaller message again.',
    ],
    sources: ['iana', 'gmailErrors'],
  },
  {
    id: 'recipient-size-limit',
    title: "Message exceeds the recipient's size limit",
    reason: 'exceedlimit',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: "The recipient's mailbox has its own size limit for incoming messages, smaller than the server's, and this message is over it.",
    steps: ['Make the message smaller (share attachments as a link) and send it again.'],
    sources: ['iana'],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  {
    id: 'user-unknown',
    title: 'The recipient address does not exist',
    reason: 'userunknown',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: "The recipient's mail server says there is no mailbox with this name. Usually the address is misspelled, or the person has left.",
    steps: [
      'Check the address for typos (the part before the @).',
      'Confirm the correct address with the person another way.',
      'Remove the address from your contacts or lists if it is no longer valid.',
    ],
    sources: ['iana', 'gmailErrors', 'exoNdr'],
  },
  {
    id: 'recipient-unverified',
    title: "Recipient's server could not verify the address yet",
    reason: 'userunknown',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation:
      "A gateway in front of the recipient's mailbox checks each address with the server behind it, and that check has not succeeded yet (still in progress, or that server is unreachable).",
    steps: [
      'If it fails for good, check the address; if it is right, the recipient\'s mail server is unreachable and their administrator must look.',
    ],
    sources: ['postfix', 'proofpoint'],
  },
  {
    id: 'address-syntax',
    title: 'The recipient address is not a valid address',
    reason: 'userunknown',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The recipient address is written in a way that is not a valid e-mail address (a stray character, space or missing part).',
    steps: ['Correct the address (look for spaces, commas, missing or doubled characters) and send again.'],
    sources: ['iana'],
  },
  {
    id: 'address-ambiguous',
    title: 'The recipient address matches more than one mailbox',
    reason: 'filtered',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: 'The recipient server could not tell which mailbox the address means.',
    steps: ['Ask the person for their exact address and send again.'],
    sources: ['iana'],
  },
  {
    id: 'recipient-domain-unknown',
    title: "The recipient's domain does not exist",
    reason: 'hostunknown',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The part of the address after the @ is not a domain that exists or that can receive mail. Usually a typo (e.g. gmal.com).',
    steps: [
      'Check the part after the @ for typos.',
      'Confirm the address with the person another way, then send again.',
    ],
    sources: ['iana', 'gmailErrors'],
  },
  {
    id: 'dns-lookup-failed',
    title: "The recipient's domain could not be looked up",
    reason: 'networkerror',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: "Your server could not find where to deliver mail for the recipient's domain: the DNS lookup failed or returned nothing usable. A misspelled domain looks exactly like this.",
    steps: [
      'Check the part of the address after the @ for typos.',
    ],
    afterFailure: ["If the address is right, the domain\'s DNS may be broken; tell the recipient another way and send again later."],
    sources: ['iana', 'gmailErrors'],
  },
  {
    id: 'domain-accepts-no-mail',
    title: "The recipient's domain does not accept e-mail",
    reason: 'notaccept',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The recipient domain publishes that it receives no mail at all (a "null MX"), or its server permanently refuses all mail.',
    steps: [
      'Check the address; the person probably uses a different domain for e-mail.',
      'Reach them another way to get a working address.',
    ],
    sources: ['rfc7505', 'rfc7504'],
  },
  {
    id: 'mailbox-moved',
    title: 'The mailbox has moved and mail is not forwarded',
    reason: 'hasmoved',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'This address used to work, but the person has moved to another address and mail is not forwarded.',
    steps: ['Ask the person for their new address and update your contacts.'],
    sources: ['iana', 'rfc5321'],
  },
  {
    id: 'account-disabled',
    title: "The recipient's account is disabled",
    reason: 'suspend',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The mailbox exists but is switched off: inactive, suspended or closed. It does not take mail.',
    steps: [
      'Reach the person another way and ask for a current address.',
      'Stop sending to this address if it stays disabled.',
    ],
    sources: ['iana', 'gmailErrors', 'yahooCodes'],
  },
  {
    id: 'mailbox-locked',
    title: "The recipient's mailbox is temporarily unavailable",
    reason: 'suspend',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient',
    explanation: "The recipient's mailbox is temporarily locked or busy (for example during maintenance or after suspicious activity).",
    steps: [
      'If it keeps failing, let the person know another way.',
    ],
    sources: ['comcast', 'sisimai'],
  },
  {
    id: 'mailbox-full',
    title: "The recipient's mailbox is full",
    reason: 'mailboxfull',
    temporary: 'needs-fix',
    actor: 'recipient',
    ifPersists: 'recipient',
    explanation:
      "The recipient has used up their mailbox storage, so their server does not accept more mail until they delete something or get more space. Retries only help if the recipient frees space in time.",
    steps: [
      'Tell the recipient another way (phone, chat) that their mailbox is full.',
      'They need to delete mail or attachments, or buy more storage.',
    ],
    whileRetrying: ['Do not send the message again while your server is still retrying: if they make room in time, the queued message arrives.'],
    sources: ['iana', 'gmailErrors', 'apple', 'gmx'],
  },
  {
    id: 'mailbox-full-inactive',
    title: "The recipient's mailbox is full and no longer used",
    reason: 'mailboxfull',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'The mailbox is full and the account has been inactive for a long time; mail will not be accepted.',
    steps: ['Reach the person another way and ask for an address they use.', 'Stop sending to this address.'],
    sources: ['gmailErrors'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  {
    id: 'receiver-temporary-error',
    title: "Temporary problem at the recipient's mail server",
    reason: 'systemerror',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "The recipient's mail server had a temporary problem of its own (busy, short of resources or an internal error).",
    steps: [
      "If it keeps happening, tell the recipient another way that their server has problems.",
    ],
    sources: ['gmailErrors', 'yahooCodes', 'exoNdr', 'mimecast', 'spamresource', 'exim'],
  },
  {
    id: 'receiver-system-error',
    title: "Error inside the recipient's mail system",
    reason: 'systemerror',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation: "The recipient's mail system failed because of its own configuration or an internal fault. Nothing about your message caused it.",
    steps: [
      "Tell the recipient another way that their mail server returned an error.",
      'Their mail administrator needs to fix it.',
    ],
    afterFailure: ['Send the message again once it is fixed.'],
    sources: ['iana', 'postfix'],
  },
  {
    id: 'receiver-disk-full',
    title: "The recipient's mail server is out of storage",
    reason: 'systemfull',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "The recipient's mail server itself has run out of disk space; the recipient alone cannot fix it, their administrator must.",
    steps: [
      "If it persists, tell the recipient another way so their mail administrator frees space on the server.",
    ],
    sources: ['iana'],
  },
  {
    id: 'mailer-error',
    title: "Delivery program at the recipient's server failed",
    reason: 'mailererror',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation: "The program that stores mail into the recipient's mailbox (or a filter script) crashed or reported an error.",
    steps: [
      "Tell the recipient another way; their mail administrator must check the delivery program or mail filter.",
    ],
    afterFailure: ['Send again after it is fixed.'],
    sources: ['sisimai'],
  },
  {
    id: 'receiver-not-accepting',
    title: "The recipient's server is not accepting mail",
    reason: 'notaccept',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "The recipient's mail server is refusing all mail right now (maintenance, overload, or it is not set up to receive).",
    steps: [
      'If it lasts, reach the person another way.',
    ],
    sources: ['iana', 'rfc7504'],
  },
  {
    id: 'connection-timed-out',
    title: "The recipient's mail server did not answer",
    reason: 'expired',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "Your server could not reach the recipient's mail server: connections timed out. This is usually an outage or firewall problem on the recipient's side.",
    steps: [
      "If it lasts, reach the person another way: their mail server may be down or misconfigured.",
    ],
    sources: ['iana', 'rfc5321'],
  },
  {
    id: 'connection-refused',
    title: "The recipient's mail server refused the connection",
    reason: 'networkerror',
    temporary: 'clears-by-itself',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "Your server reached the recipient's mail server address, but nothing there accepted the connection: the server is down, a firewall refuses it, or the domain's DNS points to the wrong address. This is on the recipient's side, not a block of your server.",
    steps: [
      "If it lasts, tell the recipient another way; their administrator must check the mail server, its firewall and its MX records.",
    ],
    dnsExamples: [MX_EXAMPLE],
    sources: ['exoNdr', 'iana', 'rfc3463'],
  },
  {
    id: 'host-unreachable',
    title: "The recipient's mail server could not be reached",
    reason: 'networkerror',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    actorAfterRetries: 'recipient-admin',
    explanation: "Your server could not open a connection to the recipient's mail server (no route, host down or a network error on the way).",
    steps: [
      "If it lasts, reach the person another way: their mail server may be down or its DNS records wrong.",
    ],
    dnsExamples: [MX_EXAMPLE],
    sources: ['iana', 'rfc5321'],
  },
  {
    id: 'network-error',
    title: "Network problem on the way to the recipient's server",
    reason: 'networkerror',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: 'A network problem interrupted the delivery (the connection was lost, reset or dropped on the way). Such interruptions are ordinary and usually pass.',
    steps: ["If it keeps happening with this domain, tell the recipient another way: their mail server or network may be unstable."],
    sources: ['iana', 'rfc3463', 'exoNdr'],
  },
  {
    id: 'routing-loop',
    title: 'The message was going round in a loop',
    reason: 'networkerror',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      'The message was passed between servers or forwarding rules so many times that it was stopped: a forwarding loop. Loops do not fix themselves; someone has to change a forwarding rule or the mail routing.',
    steps: [
      'Tell the recipient another way; they or their administrator must check forwarding and inbox rules and the mail routing (MX, connectors).',
      'If you forward mail yourself (e.g. to this address and back), check your own forwarding rules too.',
    ],
    afterFailure: ['Send the message again once the loop is broken.'],
    sources: ['iana', 'exoNdr', 'gmailErrors'],
  },
  {
    id: 'protocol-error',
    title: 'Sending software broke the mail protocol rules',
    reason: 'syntaxerror',
    temporary: 'needs-fix',
    actor: 'sender-admin',
    ifPersists: 'sender-admin',
    explanation: 'Your sending server or program sent commands the receiving server did not accept (out of order, malformed or unsupported).',
    steps: ['Tell your mail administrator or the software vendor, quoting this message.', 'Send again once the sending software is fixed or updated.'],
    sources: ['iana', 'rfc5321', 'gmailErrors'],
  },
  {
    id: 'message-expired',
    title: 'Delivery gave up: the retry time ran out',
    reason: 'expired',
    temporary: 'needs-fix',
    actor: 'recipient-admin',
    ifPersists: 'recipient-admin',
    explanation:
      "Your sending server kept trying to deliver the message for its whole retry period (usually one to five days) and has now given up. The last temporary error it received is the real cause; the message was not delivered.",
    steps: [
      'Check the recipient address.',
      "If it happens again with the same domain, their mail server is likely unreachable; tell them so their administrator can check.",
    ],
    afterFailure: ['Send the message again later, or reach the person another way.'],
    sources: ['iana', 'rfc3464', 'exoNdr', 'exoExpiry'],
  },
  {
    id: 'suppressed',
    title: 'Your sending service suppressed this address',
    reason: 'suppressed',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender',
    explanation: 'Your sending platform did not even try: the address is on its suppression list after an earlier bounce, complaint or unsubscribe.',
    steps: ['Check why the address was suppressed in your sending platform.', 'Only remove it from the list if the person confirms the address works and wants your mail.'],
    sources: ['sisimai'],
  },
  {
    id: 'mailing-list-refused',
    title: 'The group or mailing list did not accept your post',
    reason: 'rejected',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: 'The group may not exist, or you are not allowed to post to it (for example only members may post).',
    steps: ['Check the group address.', 'Ask the group owner to let you post, or join the group.'],
    sources: ['sisimai'],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'temporary-unknown',
    title: 'Temporary failure (no further detail)',
    reason: 'onhold',
    temporary: 'clears-by-itself',
    actor: 'sender',
    ifPersists: 'recipient-admin',
    explanation: 'The receiving server reported a temporary problem without saying what it is.',
    steps: [
      'If it keeps happening, reach the person another way.',
    ],
    sources: ['rfc5321', 'rfc3463'],
  },
  {
    id: 'permanent-unknown',
    title: 'Delivery failed (no further detail)',
    reason: 'onhold',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: "The message could not be delivered and the notice does not say clearly why. The receiving server's own words in the details are the best clue.",
    steps: [
      'Check the recipient address.',
      "Read the server's words in the details; if unclear, forward this notice to your mail administrator.",
      'Reach the person another way if the message is important.',
    ],
    sources: ['rfc5321', 'rfc3463'],
  },
  {
    id: 'unknown',
    title: 'Unknown problem',
    reason: 'undefined',
    temporary: 'needs-fix',
    actor: 'sender',
    ifPersists: 'sender-admin',
    explanation: 'The notice contains no status code or explanation that identifies the cause.',
    steps: [
      'Check the recipient address.',
      'Forward this notice to your mail administrator if the message matters.',
    ],
    sources: ['rfc3464'],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'delivered',
    title: 'Delivered successfully',
    reason: 'delivered',
    temporary: 'clears-by-itself',
    actor: 'nobody',
    ifPersists: 'nobody',
    explanation: 'This is a delivery confirmation, not an error: the message reached the recipient\'s server.',
    steps: ['Nothing to do.'],
    sources: ['rfc3464'],
  },
  {
    id: 'auto-reply',
    title: 'Automatic reply (e.g. out of office)',
    reason: 'vacation',
    temporary: 'clears-by-itself',
    actor: 'nobody',
    ifPersists: 'nobody',
    explanation: 'This is an automatic reply from the recipient (for example an out-of-office note). Your message was delivered.',
    steps: ['Nothing to do; read the reply for alternative contacts if it is urgent.'],
    sources: ['sisimai'],
  },
  {
    id: 'abuse-report',
    title: 'Abuse or complaint report',
    reason: 'feedback',
    temporary: 'clears-by-itself',
    actor: 'nobody',
    ifPersists: 'sender-admin',
    explanation: 'This is a report that someone marked a message as spam or that it failed authentication checks; it is not a bounce.',
    steps: ['Stop mailing the person who complained.', 'Pass the report to whoever manages your mailing lists.'],
    sources: ['sisimai'],
  },
];

const CAUSE_BY_ID: ReadonlyMap<string, Cause> = new Map(CAUSES.map((c) => [c.id, c]));

export function getCause(id: string): Cause | undefined {
  return CAUSE_BY_ID.get(id);
}

/** Like getCause, for ids the knowledge base itself references (a missing one is a programming error). */
export function causeOrThrow(id: string): Cause {
  const cause = CAUSE_BY_ID.get(id);
  if (!cause) throw new Error(`knowledge base: unknown cause id '${id}'`);
  return cause;
}
