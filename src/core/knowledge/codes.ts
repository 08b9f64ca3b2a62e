import type { Reason } from '../types';

/**
 * Meanings of status codes, used when no provider text identifies the cause.
 * Enhanced codes (RFC 3463, IANA registry) are class.subject.detail; each registered detail maps
 * to a fallback cause and, per class, to the coarse reason bounce analyzers conventionally use.
 */

export type Permanence = 'temporary' | 'permanent' | 'either' | 'success';

export interface EnhancedClass {
  class: '2' | '4' | '5';
  name: string;
  meaning: string;
}

export const ENHANCED_CLASSES: readonly EnhancedClass[] = [
  { class: '2', name: 'Success', meaning: 'The message was delivered (or the action succeeded).' },
  { class: '4', name: 'Persistent transient failure', meaning: 'Not delivered yet; the condition may pass, so the sending server keeps retrying.' },
  { class: '5', name: 'Permanent failure', meaning: 'Not delivered; sending the same message again unchanged is not expected to work.' },
];

export interface EnhancedSubject {
  subject: string;
  name: string;
  meaning: string;
  /** Cause used when the detail is unknown (vendor detail codes, X.Y.0). */
  cause: string;
}

export const ENHANCED_SUBJECTS: readonly EnhancedSubject[] = [
  { subject: '0', name: 'Other or undefined', meaning: 'The kind of problem is not stated.', cause: 'permanent-unknown' },
  { subject: '1', name: 'Addressing', meaning: 'A problem with the sender or recipient address.', cause: 'user-unknown' },
  { subject: '2', name: 'Mailbox', meaning: "A problem with the recipient's mailbox (disabled, full, size limit).", cause: 'content-filtered' },
  { subject: '3', name: 'Mail system', meaning: "A problem with the recipient's mail system.", cause: 'receiver-system-error' },
  { subject: '4', name: 'Network and routing', meaning: 'A problem reaching or routing to the next server.', cause: 'network-error' },
  { subject: '5', name: 'Mail delivery protocol', meaning: 'A problem in the SMTP conversation between servers.', cause: 'protocol-error' },
  { subject: '6', name: 'Message content or media', meaning: 'A problem with the content or format of the message.', cause: 'content-error' },
  { subject: '7', name: 'Security or policy', meaning: 'Refused or affected by security, authentication or local policy.', cause: 'security-policy' },
];

export interface EnhancedDetail {
  /** 'X.s.d' form, class-independent. */
  code: string;
  name: string;
  meaning: string;
  permanence: Permanence;
  cause: string;
  /** Coarse reason when the code arrives with a 4 (temporary) class; undefined → the cause's reason. */
  reason4?: Reason;
  /** Coarse reason when the code arrives with a 5 (permanent) class; undefined → the cause's reason. */
  reason5?: Reason;
  /**
   * The code says whose problem it is where the words cannot: its cause beats a generic wording of the
   * same reason ("User account disabled" under X.7.13 is the sender's account, RFC 7372).
   */
  namesCause?: true;
}

export const ENHANCED_DETAILS: readonly EnhancedDetail[] = [
  { code: 'X.0.0', name: 'Other undefined status', meaning: 'Only the class (success, temporary, permanent) is known.', permanence: 'either', cause: 'permanent-unknown' },
  { code: 'X.1.0', name: 'Other address status', meaning: 'Something about an address caused the report.', permanence: 'either', cause: 'user-unknown', reason5: 'userunknown' },
  { code: 'X.1.1', name: 'Bad destination mailbox address', meaning: 'The part before the @ does not exist at the destination.', permanence: 'permanent', cause: 'user-unknown', reason4: 'userunknown', reason5: 'userunknown' },
  { code: 'X.1.2', name: 'Bad destination system address', meaning: 'The part after the @ does not exist or cannot take mail.', permanence: 'permanent', cause: 'recipient-domain-unknown', reason5: 'hostunknown' },
  { code: 'X.1.3', name: 'Bad destination mailbox address syntax', meaning: 'The recipient address is not written validly.', permanence: 'permanent', cause: 'address-syntax', reason5: 'userunknown' },
  { code: 'X.1.4', name: 'Destination mailbox address ambiguous', meaning: 'The address matches more than one mailbox.', permanence: 'either', cause: 'address-ambiguous', reason5: 'filtered' },
  { code: 'X.1.5', name: 'Destination address valid', meaning: 'The address is fine (used in success reports).', permanence: 'success', cause: 'delivered' },
  { code: 'X.1.6', name: 'Destination mailbox has moved', meaning: 'The address used to work; there is no forwarding address.', permanence: 'permanent', cause: 'mailbox-moved', reason4: 'hasmoved', reason5: 'hasmoved' },
  { code: 'X.1.7', name: "Bad sender's mailbox address syntax", meaning: 'The sender address is not written validly.', permanence: 'either', cause: 'sender-rejected', reason4: 'rejected', reason5: 'rejected' },
  { code: 'X.1.8', name: "Bad sender's system address", meaning: "The sender's domain does not exist or cannot receive replies.", permanence: 'either', cause: 'sender-domain-not-found', reason4: 'rejected', reason5: 'rejected' },
  { code: 'X.1.9', name: 'Message relayed to non-compliant mailer', meaning: 'Passed on to a system that does not send delivery reports; no more information.', permanence: 'either', cause: 'receiver-system-error', reason4: 'systemerror', reason5: 'systemerror' },
  { code: 'X.1.10', name: 'Recipient address has null MX', meaning: 'The recipient domain declares that it accepts no mail.', permanence: 'permanent', cause: 'domain-accepts-no-mail', reason5: 'notaccept' },
  { code: 'X.2.0', name: 'Other or undefined mailbox status', meaning: 'Something about the mailbox caused the report.', permanence: 'either', cause: 'content-filtered', reason5: 'filtered' },
  { code: 'X.2.1', name: 'Mailbox disabled, not accepting messages', meaning: 'The mailbox exists but does not take mail (paused or switched off).', permanence: 'either', cause: 'account-disabled', reason4: 'blocked', reason5: 'filtered' },
  { code: 'X.2.2', name: 'Mailbox full', meaning: 'The recipient is over their storage quota.', permanence: 'temporary', cause: 'mailbox-full', reason4: 'mailboxfull', reason5: 'mailboxfull' },
  { code: 'X.2.3', name: 'Message length exceeds administrative limit', meaning: "Larger than this mailbox's own size limit.", permanence: 'permanent', cause: 'recipient-size-limit', reason4: 'exceedlimit', reason5: 'exceedlimit' },
  { code: 'X.2.4', name: 'Mailing list expansion problem', meaning: 'The address is a list that could not be expanded.', permanence: 'either', cause: 'content-filtered', reason4: 'filtered', reason5: 'filtered' },
  { code: 'X.3.0', name: 'Other or undefined mail system status', meaning: 'Something about the destination system caused the report.', permanence: 'either', cause: 'receiver-system-error', reason5: 'systemerror' },
  { code: 'X.3.1', name: 'Mail system full', meaning: "The destination server's storage is exhausted.", permanence: 'temporary', cause: 'receiver-disk-full', reason4: 'systemfull', reason5: 'systemfull' },
  { code: 'X.3.2', name: 'System not accepting network messages', meaning: 'The destination host refuses mail (shutdown, overload, maintenance).', permanence: 'either', cause: 'receiver-not-accepting', reason4: 'notaccept', reason5: 'notaccept' },
  { code: 'X.3.3', name: 'System not capable of selected features', meaning: 'Requested features are not supported by the destination.', permanence: 'either', cause: 'receiver-system-error', reason4: 'systemerror', reason5: 'systemerror' },
  { code: 'X.3.4', name: 'Message too big for system', meaning: 'Over the per-message size limit.', permanence: 'permanent', cause: 'message-too-big', reason5: 'mesgtoobig' },
  { code: 'X.3.5', name: 'System incorrectly configured', meaning: 'The destination is configured so it cannot accept this message.', permanence: 'either', cause: 'receiver-system-error', reason4: 'systemerror', reason5: 'systemerror' },
  { code: 'X.3.6', name: 'Requested priority was changed', meaning: 'Accepted, but with another priority.', permanence: 'success', cause: 'delivered' },
  { code: 'X.4.0', name: 'Other or undefined network or routing status', meaning: 'A networking problem of unclear kind.', permanence: 'either', cause: 'network-error', reason5: 'networkerror' },
  { code: 'X.4.1', name: 'No answer from host', meaning: 'The connection to the next server was not answered.', permanence: 'temporary', cause: 'connection-timed-out', reason4: 'expired' },
  { code: 'X.4.2', name: 'Bad connection', meaning: 'Connected, but the transfer could not be completed (timeout, poor link).', permanence: 'temporary', cause: 'network-error', reason4: 'networkerror' },
  { code: 'X.4.3', name: 'Directory server failure', meaning: 'A directory server (such as DNS) was unavailable.', permanence: 'temporary', cause: 'receiver-temporary-error', reason4: 'systemerror', reason5: 'systemerror' },
  { code: 'X.4.4', name: 'Unable to route', meaning: 'DNS gave no usable route to the destination.', permanence: 'either', cause: 'recipient-domain-unknown', reason4: 'networkerror', reason5: 'hostunknown' },
  { code: 'X.4.5', name: 'Mail system congestion', meaning: 'Delivery held up by congestion.', permanence: 'temporary', cause: 'receiver-temporary-error', reason4: 'systemfull' },
  { code: 'X.4.6', name: 'Routing loop detected', meaning: 'The message was forwarded too many times.', permanence: 'temporary', cause: 'routing-loop', reason4: 'networkerror' },
  { code: 'X.4.7', name: 'Delivery time expired', meaning: 'The message stayed undelivered too long; retries ran out.', permanence: 'either', cause: 'message-expired', reason4: 'expired', reason5: 'expired' },
  { code: 'X.5.0', name: 'Other or undefined protocol status', meaning: 'A protocol problem not covered elsewhere.', permanence: 'either', cause: 'protocol-error' },
  { code: 'X.5.1', name: 'Invalid command', meaning: 'A command was out of sequence or unsupported.', permanence: 'permanent', cause: 'protocol-error' },
  { code: 'X.5.2', name: 'Syntax error', meaning: 'A command could not be understood.', permanence: 'permanent', cause: 'protocol-error', reason5: 'syntaxerror' },
  { code: 'X.5.3', name: 'Too many recipients', meaning: 'More recipients than one transfer allows; the rest go in a later attempt.', permanence: 'temporary', cause: 'too-many-recipients', reason4: 'systemerror', reason5: 'toomanyconn' },
  { code: 'X.5.4', name: 'Invalid command arguments', meaning: 'A valid command with unsupported arguments.', permanence: 'permanent', cause: 'protocol-error', reason5: 'systemerror' },
  { code: 'X.5.5', name: 'Wrong protocol version', meaning: 'The two servers could not agree on a protocol version.', permanence: 'either', cause: 'protocol-error', reason4: 'systemerror', reason5: 'systemerror' },
  { code: 'X.5.6', name: 'Authentication exchange line too long', meaning: 'A login response was longer than the server accepts.', permanence: 'either', cause: 'smtp-auth-failed', reason5: 'syntaxerror' },
  { code: 'X.6.0', name: 'Other or undefined media error', meaning: 'The content made the message undeliverable.', permanence: 'either', cause: 'content-error', reason4: 'contenterror', reason5: 'contenterror' },
  { code: 'X.6.1', name: 'Media not supported', meaning: 'The media type is not supported on the way.', permanence: 'permanent', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.2', name: 'Conversion required and prohibited', meaning: 'The content must be converted but conversion is not allowed.', permanence: 'either', cause: 'content-error', reason4: 'contenterror', reason5: 'contenterror' },
  { code: 'X.6.3', name: 'Conversion required but not supported', meaning: 'A needed conversion (e.g. 8-bit to 7-bit) is not possible.', permanence: 'either', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.4', name: 'Conversion with loss performed', meaning: 'Delivered after a lossy conversion (a warning).', permanence: 'success', cause: 'content-error' },
  { code: 'X.6.5', name: 'Conversion failed', meaning: 'A required conversion was attempted and failed.', permanence: 'either', cause: 'content-error', reason4: 'contenterror', reason5: 'contenterror' },
  { code: 'X.6.6', name: 'Message content not available', meaning: 'Content to be fetched from elsewhere (BURL) could not be fetched.', permanence: 'either', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.7', name: 'Non-ASCII addresses not permitted', meaning: 'An internationalized address is not allowed here.', permanence: 'permanent', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.8', name: 'UTF-8 string reply required but not permitted', meaning: 'A UTF-8 reply was needed but the client did not allow it.', permanence: 'permanent', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.9', name: 'UTF-8 header cannot be transferred', meaning: 'A message with UTF-8 headers cannot go to this recipient.', permanence: 'permanent', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.6.10', name: 'Deprecated duplicate of X.6.8', meaning: 'A duplicate registration of X.6.8, no longer used.', permanence: 'either', cause: 'content-error', reason5: 'contenterror' },
  { code: 'X.7.0', name: 'Other or undefined security status', meaning: 'A security or policy reason not stated further; often used for reputation deferrals and blocks.', permanence: 'either', cause: 'security-policy', reason5: 'securityerror' },
  { code: 'X.7.1', name: 'Delivery not authorized, message refused', meaning: 'The sender may not send to this destination; 4.7.1 is widely used for greylisting and temporary policy deferrals.', permanence: 'either', cause: 'security-policy', reason4: 'blocked', reason5: 'securityerror' },
  { code: 'X.7.2', name: 'Mailing list expansion prohibited', meaning: 'The sender may not post to this list.', permanence: 'permanent', cause: 'mailing-list-refused', reason4: 'blocked', reason5: 'securityerror' },
  { code: 'X.7.3', name: 'Security conversion required but not possible', meaning: 'A needed conversion between secure formats is impossible.', permanence: 'permanent', cause: 'security-policy', reason5: 'securityerror' },
  { code: 'X.7.4', name: 'Security features not supported', meaning: 'The message used security features the path cannot support.', permanence: 'permanent', cause: 'security-policy', reason5: 'securityerror' },
  { code: 'X.7.5', name: 'Cryptographic failure', meaning: 'The message could not be validated or decrypted.', permanence: 'either', cause: 'security-policy', reason4: 'securityerror', reason5: 'securityerror' },
  { code: 'X.7.6', name: 'Cryptographic algorithm not supported', meaning: 'The algorithm used is not supported.', permanence: 'either', cause: 'security-policy', reason4: 'securityerror', reason5: 'securityerror' },
  { code: 'X.7.7', name: 'Message integrity failure', meaning: 'The message was altered or corrupted so validation failed.', permanence: 'either', cause: 'security-policy', reason4: 'securityerror', reason5: 'securityerror' },
  { code: 'X.7.8', name: 'Authentication credentials invalid', meaning: 'The login to the sending server failed.', permanence: 'permanent', cause: 'smtp-auth-failed', reason5: 'securityerror' },
  { code: 'X.7.9', name: 'Authentication mechanism too weak', meaning: 'The login method is weaker than policy allows.', permanence: 'permanent', cause: 'smtp-auth-failed', reason5: 'securityerror' },
  { code: 'X.7.10', name: 'Encryption needed', meaning: 'An encrypted connection is required first.', permanence: 'permanent', cause: 'tls-required', reason5: 'securityerror' },
  { code: 'X.7.11', name: 'Encryption required for requested authentication mechanism', meaning: 'This login method is only allowed over an encrypted connection.', permanence: 'permanent', cause: 'tls-required', reason5: 'securityerror' },
  { code: 'X.7.12', name: 'Password transition needed', meaning: 'A one-time plain login is needed before switching login method.', permanence: 'temporary', cause: 'smtp-auth-failed', reason4: 'securityerror' },
  // RFC 7372: returned after a successful authentication to a disabled account, i.e. the sender's own account.
  { code: 'X.7.13', name: 'User account disabled', meaning: "The sending account (the one that signed in) has been disabled by its administrator.", permanence: 'permanent', cause: 'own-account-blocked', reason5: 'suspend', namesCause: true },
  { code: 'X.7.14', name: 'Trust relationship required', meaning: 'A configured trust relationship with a third party is needed.', permanence: 'permanent', cause: 'security-policy', reason5: 'securityerror' },
  { code: 'X.7.15', name: 'Priority level too low', meaning: 'The requested priority is below what is currently accepted.', permanence: 'either', cause: 'security-policy', reason4: 'securityerror', reason5: 'securityerror' },
  { code: 'X.7.16', name: 'Message too big for specified priority', meaning: 'Too large for the requested priority.', permanence: 'either', cause: 'message-too-big', reason4: 'mesgtoobig', reason5: 'mesgtoobig' },
  { code: 'X.7.17', name: 'Mailbox owner has changed', meaning: 'The mailbox has had another owner since the given date (RRVS).', permanence: 'permanent', cause: 'mailbox-moved', reason5: 'hasmoved' },
  { code: 'X.7.18', name: 'Domain owner has changed', meaning: 'The domain has had another owner since the given date (RRVS).', permanence: 'permanent', cause: 'mailbox-moved', reason5: 'hasmoved' },
  { code: 'X.7.19', name: 'RRVS test cannot be completed', meaning: 'The receiver cannot check the ownership date requested.', permanence: 'permanent', cause: 'security-policy', reason5: 'securityerror' },
  { code: 'X.7.20', name: 'No passing DKIM signature found', meaning: 'The message had no passing DKIM signature.', permanence: 'permanent', cause: 'dkim-fail', reason5: 'authfailure' },
  { code: 'X.7.21', name: 'No acceptable DKIM signature found', meaning: 'DKIM signatures passed, but none acceptable to the receiver.', permanence: 'permanent', cause: 'dkim-fail', reason5: 'authfailure' },
  { code: 'X.7.22', name: 'No valid author-matched DKIM signature found', meaning: 'No passing DKIM signature matches the From domain.', permanence: 'permanent', cause: 'dkim-fail', reason5: 'authfailure' },
  { code: 'X.7.23', name: 'SPF validation failed', meaning: 'SPF said the sending server is not allowed to send for the domain.', permanence: 'permanent', cause: 'spf-fail', reason4: 'authfailure', reason5: 'authfailure' },
  { code: 'X.7.24', name: 'SPF validation error', meaning: 'The SPF check hit an error (temporary DNS problem, or a broken record).', permanence: 'either', cause: 'spf-fail', reason4: 'authfailure', reason5: 'authfailure' },
  { code: 'X.7.25', name: 'Reverse DNS validation failed', meaning: "The sending IP's reverse DNS check failed.", permanence: 'permanent', cause: 'no-ptr', reason4: 'requireptr', reason5: 'requireptr' },
  { code: 'X.7.26', name: 'Multiple authentication checks failed', meaning: 'More than one authentication check failed (e.g. SPF and DKIM, hence DMARC).', permanence: 'either', cause: 'dmarc-fail', reason4: 'authfailure', reason5: 'authfailure' },
  { code: 'X.7.27', name: 'Sender address has null MX', meaning: 'The sender domain declares it accepts no mail, so bounces could not be returned.', permanence: 'permanent', cause: 'sender-null-mx', reason5: 'rejected' },
  { code: 'X.7.28', name: 'Mail flood detected', meaning: 'The message looks like part of a flood of similar abusive mail.', permanence: 'either', cause: 'reputation-deferral', reason4: 'badreputation', reason5: 'spamdetected' },
  { code: 'X.7.29', name: 'ARC validation failure', meaning: 'The Authenticated Received Chain did not validate.', permanence: 'either', cause: 'dkim-fail', reason4: 'authfailure', reason5: 'authfailure' },
  { code: 'X.7.30', name: 'REQUIRETLS support required', meaning: 'The message demanded REQUIRETLS, which the next server lacks.', permanence: 'permanent', cause: 'tls-failed', reason5: 'failedstarttls' },
];

/**
 * Vendor-specific detail codes whose meaning differs from the IANA registry. Matched before it.
 * `range` covers Microsoft's three-digit detail codes (e.g. 4.7.500-699).
 */
export interface VendorCode {
  /** Exact code (class included) or a class-subject prefix with a detail range. */
  code: string;
  range?: readonly [number, number];
  vendor: string;
  meaning: string;
  cause: string;
  reason?: Reason;
  /**
   * Causes of a wording this code makes precise: Gmail opens its 5.7.26, 5.7.27 and 5.7.30 refusals with
   * the same "the sender is unauthenticated … SPF or DKIM" sentence, and only the code says which failed.
   */
  refines?: readonly string[];
}

/**
 * Where each vendor's meanings apply: fragments of the reporter id, the receiving host or the reply's
 * signature (see providerOf in index.ts). Google's 4.7.27-4.7.40 reuse IANA codes (null MX, ARC,
 * REQUIRETLS) and Microsoft's 4.7.3 is IANA's "security conversion": elsewhere the IANA meaning holds.
 */
export const VENDOR_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  'Microsoft Exchange Online': ['office365', 'exchange', 'outlook', 'microsoft', 'hotmail'],
  Google: ['gmail', 'google', 'gsuite', 'googlemail'],
};

/** True when a vendor's meaning applies to a notice from or about `provider` (lower-case names). */
export function vendorApplies(vendor: VendorCode, provider: string): boolean {
  const fragments = VENDOR_PROVIDERS[vendor.vendor];
  return !fragments || fragments.some((f) => provider.includes(f));
}

/** The causes of Gmail's shared authentication sentence (matchers.ts), which its codes tell apart. */
const GMAIL_AUTH_OPENER: readonly string[] = ['auth-required'];

export const VENDOR_CODES: readonly VendorCode[] = [
  { code: '4.7.3', vendor: 'Microsoft Exchange Online', meaning: 'Organisation queue quota exceeded (throttling), not the IANA security-conversion meaning.', cause: 'org-queue-quota' },
  { code: '4.7.9', vendor: 'Microsoft Exchange Online', meaning: 'Application queue quota exceeded (temporary deferral).', cause: 'app-queue-quota' },
  { code: '4.7.27', vendor: 'Google', meaning: 'Bulk mail not passing SPF.', cause: 'spf-fail', refines: GMAIL_AUTH_OPENER },
  { code: '5.7.27', vendor: 'Google', meaning: 'Bulk mail not passing SPF (Google reuse of the null-MX code).', cause: 'spf-fail', refines: GMAIL_AUTH_OPENER },
  { code: '4.7.29', vendor: 'Google', meaning: 'Bulk mail not sent over TLS.', cause: 'tls-required', refines: GMAIL_AUTH_OPENER },
  { code: '4.7.30', vendor: 'Google', meaning: 'Bulk mail without a passing DKIM signature.', cause: 'dkim-fail', refines: GMAIL_AUTH_OPENER },
  { code: '5.7.29', vendor: 'Google', meaning: 'Mail not sent over TLS (blocked), not the IANA ARC meaning.', cause: 'tls-required', refines: GMAIL_AUTH_OPENER },
  { code: '5.7.30', vendor: 'Google', meaning: 'Mail without a passing DKIM signature (blocked), not the IANA REQUIRETLS meaning.', cause: 'dkim-fail', refines: GMAIL_AUTH_OPENER },
  { code: '4.7.32', vendor: 'Google', meaning: 'From domain not aligned with the SPF or DKIM domain (rate limited).', cause: 'dmarc-fail' },
  { code: '5.7.32', vendor: 'Google', meaning: 'From domain not aligned with the SPF or DKIM domain (blocked).', cause: 'dmarc-fail' },
  { code: '4.7.40', vendor: 'Google', meaning: 'Bulk sender domain has no DMARC record (rate limited).', cause: 'dmarc-missing' },
  { code: '5.7.40', vendor: 'Google', meaning: 'Bulk sender domain has no DMARC record (blocked).', cause: 'dmarc-missing' },
  { code: '4.7', range: [500, 699], vendor: 'Microsoft Exchange Online', meaning: 'IP throttling or temporary reputation restriction of the sending IP.', cause: 'ip-throttled' },
  { code: '4.7', range: [850, 899], vendor: 'Microsoft Exchange Online', meaning: 'Sending IP temporarily restricted while its traffic is evaluated.', cause: 'ip-throttled' },
  { code: '5.7', range: [500, 599], vendor: 'Microsoft Exchange Online', meaning: 'Access denied: the sending account, IP or HELO was refused.', cause: 'ip-banned', reason: 'blocked' },
  { code: '5.7', range: [600, 699], vendor: 'Microsoft Exchange Online', meaning: 'Sending IP address on Microsoft\'s block list.', cause: 'ip-banned', reason: 'blocked' },
  { code: '5.7', range: [700, 750], vendor: 'Microsoft Exchange Online', meaning: 'Sending tenant banned or restricted for suspicious traffic.', cause: 'sender-account-blocked' },
  { code: '5.7', range: [100, 199], vendor: 'Microsoft Exchange Online', meaning: 'Recipient only accepts mail from allowed or internal senders.', cause: 'recipient-policy' },
  // (5.7.321-5.7.325 as the reference documents them: other 5.7.3xx codes are not TLS, 5.7.350 passes on a remote's spam verdict)
  { code: '5.7', range: [321, 325], vendor: 'Microsoft Exchange Online', meaning: 'Outbound TLS / DANE check against the destination failed.', cause: 'tls-failed' },
  { code: '4.4', range: [300, 399], vendor: 'Microsoft Exchange Online', meaning: 'Connection to the destination failed (socket error, refused).', cause: 'connection-refused' },
  { code: '5.4', range: [300, 399], vendor: 'Microsoft Exchange Online', meaning: 'Message expired after retries (often wraps the last deferral).', cause: 'message-expired', reason: 'expired' },
  { code: '5.2', range: [100, 199], vendor: 'Microsoft Exchange Online', meaning: 'Recipient or sender message-rate limits exceeded.', cause: 'recipient-hourly-limit' },
  { code: '5.1.10', vendor: 'Microsoft Exchange Online', meaning: 'Recipient not found (RESOLVER.ADR.RecipientNotFound), not the IANA null-MX meaning.', cause: 'user-unknown' },
  { code: '5.1.90', vendor: 'Microsoft Exchange Online', meaning: 'Sender reached the daily recipient limit.', cause: 'sender-quota-exceeded' },
  { code: '5.4.14', vendor: 'Microsoft Exchange Online', meaning: 'Hop count exceeded: routing loop.', cause: 'routing-loop', reason: 'networkerror' },
];

export interface ReplyCode {
  /** Exact code ('450') or class pattern ('4yz'). */
  reply: string;
  meaning: string;
  permanence: Permanence;
  cause: string;
  /** The reason a reply code names by itself (RFC 5321, RFC 7504, RFC 4954), when it names one. */
  reason?: Reason;
}

export const REPLY_CODES: readonly ReplyCode[] = [
  { reply: '2yz', meaning: 'Positive completion: the command was accepted.', permanence: 'success', cause: 'delivered' },
  { reply: '3yz', meaning: 'Positive intermediate: accepted, more input expected (e.g. 354 after DATA).', permanence: 'success', cause: 'delivered' },
  { reply: '4yz', meaning: 'Transient failure: not done now; the client should try the same thing again later.', permanence: 'temporary', cause: 'temporary-unknown' },
  { reply: '5yz', meaning: 'Permanent failure: repeating the same request is not expected to work.', permanence: 'permanent', cause: 'permanent-unknown' },
  { reply: '421', meaning: 'Service not available; the server is closing the connection (often used for throttling and reputation deferrals).', permanence: 'temporary', cause: 'receiver-temporary-error' },
  { reply: '450', meaning: 'Mailbox unavailable for now (busy, or temporarily blocked by policy).', permanence: 'temporary', cause: 'temporary-unknown' },
  { reply: '451', meaning: 'Action aborted: local error in processing (also common for greylisting).', permanence: 'temporary', cause: 'receiver-temporary-error' },
  { reply: '452', meaning: 'Insufficient system storage (also used for too many recipients and full mailboxes).', permanence: 'temporary', cause: 'receiver-disk-full' },
  { reply: '454', meaning: 'TLS or authentication temporarily unavailable.', permanence: 'temporary', cause: 'smtp-auth-failed' },
  { reply: '455', meaning: 'Server cannot accommodate the given parameters right now.', permanence: 'temporary', cause: 'temporary-unknown' },
  { reply: '500', meaning: 'Syntax error, command not recognised.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '501', meaning: 'Syntax error in parameters or arguments.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '502', meaning: 'Command not implemented.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '503', meaning: 'Bad sequence of commands.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '504', meaning: 'Command parameter not implemented.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '521', meaning: 'This host does not accept mail at all.', permanence: 'permanent', cause: 'domain-accepts-no-mail', reason: 'notaccept' },
  { reply: '530', meaning: 'Authentication (or STARTTLS) required first.', permanence: 'permanent', cause: 'smtp-auth-failed', reason: 'securityerror' },
  { reply: '535', meaning: 'Authentication credentials invalid.', permanence: 'permanent', cause: 'smtp-auth-failed', reason: 'securityerror' },
  { reply: '550', meaning: 'Mailbox unavailable: not found, no access, or refused by policy (read the enhanced code).', permanence: 'permanent', cause: 'permanent-unknown' },
  { reply: '551', meaning: 'User not local; the server will not forward (may name another address).', permanence: 'permanent', cause: 'mailbox-moved', reason: 'hasmoved' },
  { reply: '552', meaning: 'Storage allocation exceeded (message too large or mailbox full); for "too many recipients" treat as temporary.', permanence: 'permanent', cause: 'mailbox-full' },
  { reply: '553', meaning: 'Mailbox name not allowed (bad address syntax); also used for IP blocks by some providers.', permanence: 'permanent', cause: 'address-syntax' },
  { reply: '554', meaning: 'Transaction failed (or, as a greeting, no SMTP service here); common for blocklist and content refusals.', permanence: 'permanent', cause: 'permanent-unknown' },
  { reply: '555', meaning: 'MAIL FROM / RCPT TO parameters not recognised.', permanence: 'permanent', cause: 'protocol-error' },
  { reply: '556', meaning: 'Domain does not accept mail (e.g. null MX).', permanence: 'permanent', cause: 'domain-accepts-no-mail', reason: 'notaccept' },
];

const DETAIL_BY_CODE: ReadonlyMap<string, EnhancedDetail> = new Map(ENHANCED_DETAILS.map((d) => [d.code, d]));
const REPLY_BY_CODE: ReadonlyMap<string, ReplyCode> = new Map(REPLY_CODES.map((r) => [r.reply, r]));

export const ENHANCED_CODE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

export interface ParsedStatus {
  cls: '2' | '4' | '5';
  subject: number;
  detail: number;
}

export function parseStatus(status: string | null | undefined): ParsedStatus | null {
  const m = ENHANCED_CODE.exec((status ?? '').trim());
  if (!m) return null;
  return { cls: m[1] as ParsedStatus['cls'], subject: Number(m[2]), detail: Number(m[3]) };
}

export function vendorCode(status: string | null | undefined): VendorCode | undefined {
  const parsed = parseStatus(status);
  return parsed ? vendorOf(parsed) : undefined;
}

/** Vendor meanings indexed by exact code and by class.subject (for detail ranges). */
const VENDOR_EXACT: ReadonlyMap<string, VendorCode> = new Map(VENDOR_CODES.filter((v) => !v.range).reverse().map((v) => [v.code, v]));
const VENDOR_RANGES: ReadonlyMap<string, readonly VendorCode[]> = (() => {
  const byPrefix = new Map<string, VendorCode[]>();
  for (const v of VENDOR_CODES) if (v.range) byPrefix.set(v.code, [...(byPrefix.get(v.code) ?? []), v]);
  return byPrefix;
})();

/** vendorCode for an already parsed status (same first-listed-wins order as VENDOR_CODES). */
export function vendorOf(parsed: ParsedStatus): VendorCode | undefined {
  const exact = VENDOR_EXACT.get(`${parsed.cls}.${parsed.subject}.${parsed.detail}`);
  const ranged = VENDOR_RANGES.get(`${parsed.cls}.${parsed.subject}`)?.find((v) => parsed.detail >= v.range![0] && parsed.detail <= v.range![1]);
  if (exact && ranged) return VENDOR_CODES.indexOf(exact) < VENDOR_CODES.indexOf(ranged) ? exact : ranged;
  return exact ?? ranged;
}

/** The IANA meaning of an enhanced code (class-independent detail), if registered. */
export function enhancedDetail(status: string | null | undefined): EnhancedDetail | undefined {
  const parsed = parseStatus(status);
  return parsed ? detailOf(parsed) : undefined;
}

/** enhancedDetail for an already parsed status. */
export function detailOf(parsed: ParsedStatus): EnhancedDetail | undefined {
  return DETAIL_BY_CODE.get(`X.${parsed.subject}.${parsed.detail}`);
}

export function enhancedSubject(status: string | null | undefined): EnhancedSubject | undefined {
  const parsed = parseStatus(status);
  if (!parsed) return undefined;
  return ENHANCED_SUBJECTS.find((s) => s.subject === String(parsed.subject));
}

export function enhancedClass(status: string | null | undefined): EnhancedClass | undefined {
  const parsed = parseStatus(status);
  return parsed ? ENHANCED_CLASSES.find((c) => c.class === parsed.cls) : undefined;
}

/** The meaning of a basic reply code: the exact code if listed, else its class. */
export function replyMeaning(reply: number | null | undefined): ReplyCode | undefined {
  if (reply == null || !Number.isInteger(reply) || reply < 200 || reply > 599) return undefined;
  return REPLY_BY_CODE.get(String(reply)) ?? REPLY_BY_CODE.get(`${Math.floor(reply / 100)}yz`);
}

/** Plain-language summary of an enhanced code, e.g. for a tooltip: "Permanent failure — Mailbox full". */
export function describeStatus(status: string | null | undefined): string | null {
  const cls = enhancedClass(status);
  if (!cls) return null;
  const vendor = vendorCode(status);
  if (vendor) return `${cls.name} — ${vendor.meaning} (${vendor.vendor})`;
  const detail = enhancedDetail(status);
  const subject = enhancedSubject(status);
  return `${cls.name} — ${detail?.name ?? subject?.name ?? 'unregistered detail'}`;
}
