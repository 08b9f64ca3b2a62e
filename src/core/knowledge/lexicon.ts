/**
 * The reason lexicon: what mail servers say in a refusal, and which coarse reason (the vocabulary of
 * types.ts) that wording decides. Pure data, read by reason.ts, which applies it in rank order.
 *
 * Matching: a wording matches when the server's text, lower-cased with whitespace collapsed, contains
 * it; " … " separates pieces that must occur in this order, with anything between them.
 *
 * Source: the wordings were collected from real bounces by the Sisimai project (Sisimai 5.1.0p3,
 * lib/Sisimai/Reason/*.pm and lib/Sisimai/Rhost/*.pm, BSD 2-Clause, Copyright (C) 2014
 * azumakuniyuki; see sources.ts), arranged here in this project's own structure. They are facts
 * about what servers say, not code; the order that decides between them lives in reason.ts. A few
 * collected wordings are deliberately left out (LEFT_OUT below, each with the reason).
 */
import type { Reason } from '../types';

/** A wording: lower-case; " … " between pieces that must occur in this order. */
export type Wording = string;

/** Wordings any mail system may use, by the reason they decide. */
export const GENERIC_WORDINGS: Readonly<Partial<Record<Reason, readonly Wording[]>>> = {
  mailboxfull: [
    '452 insufficient disk space', 'account disabled temporarly for exceeding receiving limits',
    'account is exceeding their quota', 'account is over quota', 'account is temporarily over quota',
    'boite du destinataire pleine', 'delivery failed: over quota', 'disc quota exceeded', 'diskspace quota',
    'does not have enough space', 'exceeded storage allocation', 'exceeding its mailbox quota', 'full mailbox',
    'is over disk quota', 'is over quota temporarily',
    'mail file size exceeds the maximum size allowed for mail delivery', 'mail quota exceeded',
    'mailbox exceeded the local limit', 'mailbox full', 'mailbox has exceeded its disk space limit',
    'mailbox is full', 'mailbox over quota', 'mailbox quota usage exceeded', 'mailbox size limit exceeded',
    'maildir delivery failed: domaindisk quota', 'maildir delivery failed: userdisk quota', 'maildir over quota',
    'mailfolder is full', 'no space left on device', 'not enough storage space in', 'not sufficient disk space',
    'over the allowed quota', 'quota exceeded', 'quota violation for', 'recipient reached disk quota',
    'recipient rejected: mailbox would exceed maximum allowed storage',
    'the recipient mailbox has exceeded its disk space limit', 'the user you are trying to reach is over quota',
    "the user's space has been used up", 'user has exceeded quota, bouncing mail',
    'user has too many messages on the server', 'user is over quota', 'user is over the quota', 'user over quota',
    'user over quota. (#5.1.1)', 'was automatically rejected: quota exceeded', 'would be over the allowed quota',
  ],
  mesgtoobig: [
    'exceeded maximum inbound message size', 'line limit exceeded', 'max message size exceeded',
    'message file too big', 'message length exceeds administrative limit', 'message size exceeds fixed limit',
    'message size exceeds fixed maximum message size', 'message size exceeds maximum value', 'message too big',
    'message too large for this', 'size limit', 'taille limite du message atteinte',
  ],
  exceedlimit: [
    'message header size exceeds limit', 'message too large',
  ],
  suspend: [
    'archived recipient', 'boite du destinataire archivee', 'email account that you tried to reach is disabled',
    'has been suspended', 'inactive account', 'invalid/inactive user', 'is a deactivated mailbox',
    'is currently suspended', 'is unavailable: user is terminated', 'mailbox currently suspended', 'mailbox disabled',
    'mailbox is frozen', 'mailbox unavailable or access denied', 'recipient rejected: temporarily inactive',
    'recipient suspend the service', 'temporary locked', 'this account has been disabled or discontinued',
    'this account has been temporarily suspended', 'this address no longer accepts mail', 'this mailbox is disabled',
    'user or domain is disabled', 'user suspended', 'vdelivermail: account is locked email bounced',
  ],
  hasmoved: [
    'has been replaced by',
  ],
  norelaying: [
    'as a relay', 'email address is not verified.', 'insecure mail relay',
    'is not permitted to relay through this server without authentication',
    'mail server requires authentication when attempting to send to a non-local e-mail address', 'no relaying',
    'not a gateway', 'not allowed to relay through this machine', 'not an open relay, so get lost', 'not local host',
    'relay access denied', 'relay denied', 'relay not permitted', 'relaying denied', 'relaying mail to',
    'specified domain is not allowed', "that domain isn't in my list of allowed rcpthost",
    'this system is not configured to relay mail', 'unable to relay for', "we don't handle mail for",
  ],
  authfailure: [
    '//spf.pobox.com', 'bad spf records for', 'dmarc policy', "is not allowed to send from < … per it's spf record",
    'is not allowed to send mail. … _401', 'please inspect your spf settings', 'sender policy framework (spf) fail',
    'sender policy framework violation', 'spf (sender policy framework) domain authentication fail',
    'spf check: fail',
  ],
  userunknown: [
    '#5.1.1 bad address', '5.1.0 address rejected.', '550 address invalid', '< … > not found', '< … >... blocked by',
    'account … does not exist at the organization', 'address does not exist', 'address not present in directory',
    'address unknown', 'adresse d au moins un destinataire invalide. invalid recipient. … 416',
    'adresse d au moins un destinataire invalide. invalid recipient. … 418', 'bad … recipient', "can't accept user",
    'destination addresses were unknown', 'destination server rejected recipients', 'does not exist.',
    'email address could not be found', 'email address does not exist', 'invalid address', 'invalid mailbox',
    'invalid mailbox path', 'invalid recipient', 'is not a known user', 'is not a valid mailbox',
    'is not an active address at this host', 'mailbox does not exist', 'mailbox invalid', 'mailbox is inactive',
    'mailbox is unavailable', 'mailbox not found', 'mailbox not present', 'mailbox unavaiable',
    'mailbox … does not exist', 'mailbox … unavailable or access denied', 'nessun utente simile in questo indirizzo',
    'no account by that name here', 'no existe dicha persona', 'no existe ese usuario',
    'no mail box available for this user', 'no mailbox by that name is currently available', 'no mailbox found',
    'no such address here', 'no such mailbox', 'no such person at this address', 'no such recipient', 'no such user',
    'no thank you rejected: account unavailable', 'no valid recipients, bye', 'no … in name directory',
    'non … existent user', 'not a local address', 'not a valid recipient', 'not a valid user here',
    'not email addresses', 'rcpt ( … t exist', 'rcpt < … does not exist',
    'recipient address rejected. (in reply to rcpt to command)', 'recipient address rejected: access denied',
    'recipient address rejected: invalid user', 'recipient address rejected: invalid-recipient',
    'recipient address rejected: unknown user', 'recipient address rejected: user unknown in … table',
    'recipient address rejected: user … does not exist', 'recipient address rejected: userunknown',
    'recipient does not exist', 'recipient is not accepted', 'recipient is not local', 'recipient not exist',
    'recipient not found', 'recipient not ok', 'recipient refuses to accept your mail', 'recipient unknown',
    'recipient … was not found in', 'requested action not taken: mailbox unavailable',
    'resolver.adr.recipient notfound', 'said: 550 5.1.1 … user unknown', 'said: 550-5.1.1 … user unknown',
    'sorry, badrcptto', 'sorry, no mailbox here by that name', 'sorry, user unknown',
    'sorry, your envelope recipient has been denied', "that domain or user isn't in my list of allowed rcpthosts",
    'the email account that you tried to reach does not exist', 'the following recipients was undeliverable',
    "the user's email name is not found", 'there is no one at this address', 'this address no longer accepts mail',
    'this email address is wrong or no longer valid', 'this recipient is in my badrecipientto list',
    'this recipient is not in my validrcptto list', 'this spectator does not exist',
    "this user doesn't have a … account", 'unknown e … mail address', 'unknown local … part', 'unknown mailbox',
    'unknown recipient', 'unknown user', 'user ( … ) unknown', 'user does not exist', 'user missing home directory',
    'user not active', 'user not exist', 'user not found', 'user not known', 'user unknown', 'user … does not exist',
    'user … was not found', 'utilisateur inconnu !', 'vdeliver: invalid or unknown virtual user',
    'your envelope recipient is in my badrcptto list',
  ],
  filtered: [
    'because the recipient is only accepting mail from specific email addresses', 'bounced address',
    'due to extended inactivity new mail is not currently being accepted for this mailbox',
    'has restricted sms e-mail', 'is not accepting any mail', 'message rejected due to user rules',
    'not found recipient account', 'refused due to recipient preferences', 'resolver.rst.notauthorized',
    'this account is protected by', 'user not found', 'user refuses to receive this mail', 'user reject',
    'we failed to deliver mail because the following address recipient id refuse to receive mail',
    'you have been blocked by the recipient',
  ],
  requireptr: [
    'access denied. ip name lookup failed', 'all mail servers must have a ptr record with a valid reverse dns entry',
    'bad dns ptr resource record', 'cannot find your hostname', 'client host rejected: cannot find your hostname',
    'dns lookup failure: … try again later', 'domain … mismatches client ip', 'fix reverse dns for',
    'ips with missing ptr records', 'no ptr record found.',
    'please get a custom reverse dns name from your isp for your host', 'ptr record setup', 'reverse dns failed',
    'reverse dns lookup for host … failed permanently', 'reverse dns required', 'sender ip reverse lookup rejected',
    'server access … forbidden by invalid rdns record of your mail server',
    'service permits … unverifyable sending ips',
    'the corresponding forward dns entry does not point to the sending ip',
    'the ip address sending this message does not have a ptr record setup',
    'this system will not accept messages from servers/devices with no reverse dns', 'unresolvable relay host name',
    'we do not accept mail from hosts with dynamic ip or generic dns ptr-records',
  ],
  notcompliantrfc: [
    'https://support.google.com/mail/?p=rfcmessagenoncompliant', 'this message is not rfc 5322 compliant',
  ],
  badreputation: [
    'a poor email reputation score', 'has been temporarily rate limited due to ip reputation',
    'ip/domain reputation problems', 'likely suspicious due to the very low reputation', 'none/bad reputation',
    'temporarily deferred due to unexpected volume or user complaints', "the sending mta's poor reputation",
  ],
  rejected: [
    'access denied (in reply to mail from command)', 'access denied (sender blacklisted)', 'address rejected',
    'administrative prohibition', 'backscatter protection detected an invalid or expired email address',
    'batv failed to verify', 'batv validation failure',
    "because the sender isn't on the recipient's list of senders to accept mail from", 'bogus mail from',
    "can't determine purported responsible address",
    'connections not accepted from servers without a valid sender domain', 'delivery not authorized, message refused',
    'denied [bouncedeny]', 'denied by secumail valid-address-filter', 'does not exist e2110',
    'domain of sender address', 'email address is on senderfilterconfig list', 'emetteur invalide',
    'empty envelope senders not allowed', 'envelope blocked -', 'error: no third-party dsns',
    'from: domain is invalid. please provide a valid from:', 'fully qualified email address required',
    'invalid domain, see <url:', 'invalid sender', 'is not a registered gateway user', 'mail from not owned by user',
    'message rejected: email address is not verified', 'mx records for', 'null sender is not allowed',
    'recipient addresses rejected : access denied', 'recipient not accepted. (batv: no tag',
    'returned mail not accepted here', 'rfc 1035 violation: recursive cname records for',
    'rule imposed mailbox access for', 'sender address has been blacklisted', 'sender domain is empty',
    'sender email address rejected', 'sender is in my black list', 'sender is spammer', 'sender not pre-approved',
    'sender rejected', 'sender verify failed', 'sender was rejected',
    'sending this from a different address or alias using the', 'spam reporting address',
    'syntax error: empty email address', 'the message has been rejected by batv defense',
    'this server does not accept mail from', 'transaction failed unsigned dsn for', 'unroutable sender address',
    'you are not allowed to post to this mailing list',
    'you are sending to/from an address that has been blacklisted',
    'your access to submit messages to this e-mail system has been rejected',
    'your email address has been blacklisted',
  ],
  hostunknown: [
    '553 … does not exist', 'domain does not exist', 'domain is not reachable', 'domain must exist',
    'host or domain name not found', 'host unknown', 'host unreachable',
    'mail domain mentioned in email address is unknown', 'name or service not known', 'no such domain',
    'recipient address rejected: unknown domain name', 'recipient domain must exist',
    'the account or domain may not exist', 'unknown host', 'unroutable address', 'unrouteable address',
  ],
  spamdetected: [
    '- spam', '//dsbl.org/help/help_spam_16.htm', '//mail.163.com/help/help_spam_16.htm',
    '//www.spamhaus.org/help/help_spam_16.htm', '554 5.7.0 reject, id=', 'appears to be unsolicited',
    'blacklisted url in message', 'block for spam', 'blocked by policy: no spam please', 'blocked by spamassassin',
    'blocked for abuse. see http://att.net/blocks', 'cannot be forwarded because it was detected as spam',
    'considered unsolicited bulk e-mail (spam) by our mail filters', 'content filter rejection',
    'cyberoam anti spam engine has identified this email as a bulk email', 'denied due to spam list',
    'high probability of spam', 'is classified as spam and is rejected',
    'listed in work.drbl.imedia.ru', 'mail appears to be unsolicited', 'mail content denied',
    'mail rejete. mail rejected. … 506', 'may consider spam', 'message considered as spam or virus',
    'message contains spam or virus', 'message content rejected', 'message detected as spam', 'message filtered',
    'message filtered. please see the faqs section on spam', 'message filtered. refer to the troubleshooting page at',
    'message is being rejected as it seems to be a spam', 'message looks like spam',
    'message refused by mailmarshal spamprofiler', 'message refused by trustwave seg spamprofiler',
    'message rejected as spam', 'message rejected because of unacceptable content',
    'message rejected due to suspected spam content', 'message rejected for policy reasons',
    'message was rejected for possible spam/virus content', 'our email server thinks this email is spam',
    'our filters rate at and above … percent probability of being spam',
    'our system has detected that this message is', 'probable spam', 'reject bulk.advertising',
    'rejected - bulk email', 'rejected by … (spam)', 'rejected due to spam … classification',
    'rejected due to spam … content', 'rejected: spamassassin score', 'rejecting banned content',
    'rejecting mail content', 'related to content with spam-like characteristics',
    'rule imposed as … is blacklisted on', 'sender domain listed at',
    'sending address not accepted due to spam filter', 'spam blocked', 'spam check', 'spam content matched',
    'spam detected', 'spam email', 'spam email not accepted', 'spam message rejected.', 'spam not accepted',
    'spam refused', 'spam rejection', 'spam score', 'spam … exceeded', 'spambouncer identified spam',
    'spamming not allowed', 'the content of this message looked like spam', 'the email message was detected as spam',
    'the mail server detected your message as spam and has prevented delivery.',
    'the message has been rejected by spam filtering engine',
    'the message was rejected due to classification as bulk mail', 'this message appears to be spam',
    'this message has been identified as spam', 'this message has been scored as spam with a probability',
    'this message scored … spam points', 'this message was classified as spam',
    'this message was rejected by recurrent pattern detection system', 'too many spam complaints', 'too much spam.',
    'transaction failed spam message not queued', 'we dont accept spam',
    'your email appears similar to spam we have received before', 'your email breaches local uribl policy',
    'your email had spam-like', 'your email is considered spam', 'your email is probably spam',
    'your email was detected as spam', 'your message as spam and has prevented delivery',
    'your message failed several antispam checks', 'your message has been rejected because it appears to be spam',
    'your message has been temporarily blocked by our filter', 'your message has triggered a spam block',
    'your message may contain the spam contents',
  ],
  speeding: [
    'mail sent from your ip address has been temporarily rate limited', 'please try again slower',
    'receiving mail at a rate that prevents additional messages from being delivered',
  ],
  toomanyconn: [
    'all available ips are at maximum connection limit', 'connection rate limit exceeded',
    'exceeds per-domain connection limit for', 'has exceeded the max emails per hour',
    'throttling failure: daily message quota exceeded', 'throttling failure: maximum sending rate exceeded',
    'too many concurrent smtp connections', 'too many connections', 'too many connections from your host.',
    'too many errors from your ip', 'too many recipients', 'too many smtp sessions for this host',
    'trop de connexions,', 'we have already made numerous attempts to deliver this message',
  ],
  blocked: [
    '( … @ … :blocked)', '//www.spamcop.net/bl.', 'access from ip address … blocked', 'bad sender ip address',
    'banned sending ip', 'blacklisted by', 'blocked - see http', 'blocked using',
    'client host rejected: abus detecte gu_eib_02', 'client host rejected: abus detecte gu_eib_04',
    'client host rejected: may not be mail exchanger', 'client host rejected: was not authenticated',
    'client host … blocked using', 'confirm this mail server', 'connection dropped', 'connection refused by',
    'connection reset by peer', 'connection was dropped by remote host',
    'connections not accepted from ip addresses on spamhaus xbl',
    "connections will not be accepted from … because the ip is in spamhaus's list", 'currently sending spam see:',
    'dnsbl:attrbl', 'dnsbl:rbl … >_is_blocked', 'domain does not exist:', 'dynamic/zombied/spam ips blocked',
    'email blocked by … .barracudacentral.org', 'email blocked by … spamhaus', 'error: no valid recipients from',
    'esmtp not accepting connections', 'extreme bad ip profile', 'go away', 'helo command rejected:',
    'host network not allowed', 'host … refused to talk to me: … blocked', 'hosts with dynamic ip',
    'invalid ip for sending mail of domain', 'ip … is blocked by earthlink', 'is in a black list',
    'is in an … rbl on', 'is not allowed to send mail from', 'mail from … refused:', 'mail server at … is blocked',
    'message from … rejected based on blacklist', 'messages from … temporarily deferred due to user complaints',
    'no access from mail server', 'no matches to nameserver query', 'not currently accepting mail from your ip',
    'part of their network is on our block list', 'please use the smtp server of your isp', 'refused - see http',
    'rejected - multi-blacklist', 'rejected because the sending mta or the sender has not passed validation',
    'rejecting open proxy', 'said: 550 blocked', 'sender ip address rejected', 'server access forbidden by your ip',
    'server ip … listed as abusive', 'service not available, closing transmission channel',
    'smtp error from remote mail server after initial connection:', 'sorry! your ip address … is blocked by rbl',
    "sorry, that domain isn't in my list of allowed rcpthosts",
    'sorry, your remotehost looks suspiciously like spammer',
    'temporarily deferred due to unexpected volume or user complaints', 'the domain … is blacklisted',
    'the email … is blacklisted', 'the ip … is blacklisted',
    'to submit messages to this e-mail system has been rejected', 'too many spams from your ip',
    'too many unwanted messages have been sent from the following ip address above',
    'veuillez essayer plus tard. service refused, please try later. … 103',
    'veuillez essayer plus tard. service refused, please try later. … 510', 'was blocked by',
    'we do not accept mail from dynamic ips', 'you are not allowed to connect', 'you are sending spam',
    'your ip address is listed in the rbl', 'your network is temporary blacklisted',
    "your sender's ip address is listed at … .abuseat.org", 'your server requires confirmation',
  ],
  virusdetected: [
    'it has a potentially executable attachment',
    'the message was rejected because it contains prohibited virus or spam content',
    'this form of attachment has been used by recent viruses or other malware', 'virus detected',
    'virus phishing/malicious_url detected', 'your message was infected with a virus',
  ],
  policyviolation: [
    'an illegal attachment on your message', 'because the recipient is not accepting mail with',
    'by non-member to a members-only list', 'closed mailing list', 'denied by policy',
    'email not accepted for policy reasons', 'email rejected due to security policies', 'header are not accepted',
    'header error', 'local policy violation', 'message bounced due to organizational settings',
    'message given low priority', 'message not accepted for policy reasons', 'message rejected due to local policy',
    'messages with multiple addresses', 'protocol violation', 'rejected for policy reasons',
    'the email address used to send your message is not subscribed to this group',
    'the message was rejected by organization policy',
    'this message was blocked because its content presents a potential',
    'we do not accept messages containing images or other attachments',
    'you have exceeded the … allowable number of posts without solving a captcha', "you're using a mass mailer",
  ],
  systemerror: [
    'aliasing/forwarding loop broken', "can't create user output file", 'could not load drd for domain',
    'internal error reading data', 'internal server error: operation now in progress', 'interrupted system call',
    'it encountered an error while being processed', 'it would create a mail loop', 'local configuration error',
    'local error in processing', 'loop was found in the mail exchanger', 'loops back to myself',
    'mail system configuration error', 'queue file write error', 'recipient deferred because there is no mdb',
    'remote server is misconfigured', 'server configuration error', 'service currently unavailable',
    'system config error', 'temporary local problem', 'timeout waiting for input', 'transaction failed',
  ],
  networkerror: [
    'could not connect and send the mail to', 'dns records for the destination computer could not be found',
    'hop count exceeded - possible mail loop', 'host is unreachable', 'host name lookup failure',
    'host not found, try again', 'mail forwarding loop for', 'malformed name server reply',
    'malformed or unexpected name server reply', 'maximum forwarding loop count exceeded', 'message looping',
    'message probably in a routing loop', 'no route to host', 'too many hops', 'unable to resolve route',
    'unrouteable mail domain',
  ],
  contenterror: [
    'duplicate header', 'header size exceeds maximum permitted', 'improper use of 8-bit data in message header',
    'message header size, or recipient list, exceeds policy limit',
    'message mime complexity exceeds the policy maximum', 'routing loop detected -- too many received: headers',
    'this message contain improperly-formatted binary content', 'this message contain invalid mime headers',
    'this message contain text that uses unnecessary base64 encoding',
  ],
  systemfull: [
    'mail system full', 'requested mail action aborted: exceeded storage allocation',
  ],
  notaccept: [
    'does not accept mail (nullmx)', 'host does not accept mail', 'host/domain does not accept mail',
    'mail receiving disabled', 'name server: .: host not found', 'no mx record found for domain=',
    'no route for current request', 'smtp protocol returned a permanent error',
  ],
  expired: [
    'connection timed out', 'could not be delivered for … days', 'could not find a gateway for',
    'delivery attempts will continue to be', 'delivery expired', 'delivery time expired',
    'failed to deliver to domain', 'giving up on', 'has been delayed', 'have been failing for a long time',
    'it has not been collected after', 'message expired after sitting in queue for',
    'message expired, cannot connect to remote server', 'message expired, connection refulsed', 'message timed out',
    'retry time not reached for any host after a long failure period', 'server did not respond',
    'this message has been in the queue too long', 'unable to deliver message after multiple retries',
    'was not reachable within the allowed queue period', 'your message could not be delivered for more than',
  ],
  securityerror: [
    'account not subscribed to ses', 'authentication credentials invalid', 'authentication failed; server … said:',
    'authentication failure', 'authentication required', 'authentication turned on in your email client',
    'authentification invalide … 305', 'authentification requise … 402', 'domain … is a dead domain',
    'executable files are not allowed in compressed files', 'insecure mail relay',
    'recipient address rejected: access denied',
    "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
    'starttls is required to send mail', 'tls required but not supported', 'unauthenticated senders not allowed',
    'user … is not authorized to perform ses:sendrawemail on resource', 'verification failure',
    'you are not authorized to send mail, authentication is required',
  ],
  mailererror: [
    'bin/maidrop', 'bin/procmail', 'command died with status', 'command failed:', 'command output:', 'mailer error',
    'pipe to |/', 'procmail:', 'x-unix;', '|| exit',
  ],
  vacation: [
    'i am away on vacation', 'i am away until', 'i am out of the office', 'i will be traveling for work on',
  ],
};

/** Wordings that rule a reason out even when one of its wordings matches. */
export const RULED_OUT_BY: Readonly<Partial<Record<Reason, readonly Wording[]>>> = {
  rejected: ['5.1.0 address rejected', 'recipient address rejected', 'sender ip address rejected'],
};

/**
 * Collected wordings this lexicon does not use, with why: each would give advice that the wording's
 * own meaning contradicts. (The lexicon test checks that every other collected wording is used.)
 */
export const LEFT_OUT: readonly { reason: Reason; wording: Wording; provider?: string; why: string }[] = [
  { reason: 'spamdetected', wording: 'greylisted … please try again in', why: 'greylisting is a temporary deferral that clears by itself (postgrey, milter-greylist); it says nothing about spam' },
  { reason: 'rejected', wording: 'temporarily deferred due to unexpected volume or user complaints', provider: 'yahoo', why: "Yahoo's [TSS04] deferral is about the sending IP's volume, complaints and reputation (Yahoo Sender Hub, provider-texts.tsv), not a refused sender address" },
  { reason: 'rejected', wording: 'will be permanently deferred', provider: 'yahoo', why: "Yahoo's [TS03] means the sending IP is blocked (Yahoo Sender Hub, provider-texts.tsv), not a refused sender address" },
  { reason: 'userunknown', wording: 'unrouteable address', why: "Exim prints it when the recipient's domain cannot be routed (no MX, no address records): a host problem, as hostunknown's own list says" },
  { reason: 'mailboxfull', wording: 'too much mail data', why: "an SMTP server refusing a message over its size limit (RFC 5321 552, X.3.4), not a full mailbox" },
];

/**
 * A provider's own wording, trusted only for replies from that provider's servers (see
 * `receivers`). It may carry the code it comes with: an enhanced status ("5.7.506"), a detail range
 * ("5.7.606-649") or a basic reply ("550"); it then applies only when the recipient's code is that
 * one, or the notice gives no code of that kind at all.
 */
export type ProviderWording = Wording | readonly [wording: Wording, code: string];

export interface ProviderLexicon {
  id: string;
  name: string;
  /**
   * A reply is this provider's when its receiving host, or a signature in the reply, contains one of
   * these (lower-case), or when the recipient's address is at one of `domains`.
   */
  receivers: readonly string[];
  /** Mailbox domains the provider hosts: mail to them is answered by its servers. */
  domains: readonly string[];
  wordings: Readonly<Partial<Record<Reason, readonly ProviderWording[]>>>;
}

export const PROVIDER_LEXICONS: readonly ProviderLexicon[] = [
  {
    id: 'google',
    name: 'Google (Gmail, Google Workspace)',
    receivers: ['google.com', 'googlemail.com', 'gsmtp'],
    domains: ['gmail.com', 'googlemail.com'],
    wordings: {
      mailboxfull: ['inbox is out of storage space', 'inbox is out of storage space and inactive', 'is over quota', 'email quota exceeded'],
      mesgtoobig: [["exceeded google's message size limits", '5.3.4'], "exceeds google's message size limit of"],
      exceedlimit: [["exceeded google's message size limits", '5.2.3'], "exceeds google's limit of limit attachments.", "your message exceeded google's message header size limits", 'bytes per individual header size', "exceeds google's header name limit of", "exceeds google's message header size limit"],
      suspend: ['account that you tried to reach is disabled', 'account that you tried to reach is inactive'],
      norelaying: ['mail relay denied', 'invalid credentials for relay', 'is not authorized to send email directly to our servers'],
      authfailure: ['the spf record of the sending domain', 'senders to authenticate with either spf or dkim', 'fails to pass spf checks for an spf record with a hard fail', 'has an spf record with a hard fail policy', "is not accepted due to domain's dmarc policy", 'fails to pass authentication checks', 'senders to authenticate with spf', 'senders to authenticate their email with spf', 'senders to authenticate their email with dkim', 'senders to authenticate with dkim', 'aligned with either the authenticated spf or dkim'],
      userunknown: ['the email account that you tried to reach does not exist', "we weren't able to find the recipient domain", ['is not a valid rfc 5321 address', '5.1.3']],
      requireptr: ['does not have a ptr record', 'have a ptr record, or the ptr record', 'does not meet ipv6 sending guidelines regarding ptr records and authentication', 'does not match the ip address of the hostname'],
      notcompliantrfc: ['missing a valid address in the from: header', 'multiple addresses in from: header are not accepted', 'is not rfc 5322 compliant', 'missing a valid message-id: header', 'contains a unicode character in a disallowed header', 'encoded-word syntax is not permitted', ['is not a valid rfc 5321 address', '5.1.7'], 'mail message is malformed'],
      badreputation: ['very low reputation of the sending ip address', 'very low reputation of the sending domain', 'due to the very low reputation of the sending ip address', 'due to the very low reputation of the sending domain'],
      rejected: ['mail sending denied', 'unauthenticated email is not accepted'],
      spamdetected: ['due to the nature of the content or the links within', 'likely unsolicited mail'],
      speeding: ['is receiving mail too quickly', 'peak smtp relay limit exceeded for customer', 'rate that prevents additional messages from being delivered', 'daily sending quota exceeded', 'daily user sending limit exceeded', 'daily smtp relay limit exceeded for', 'daily smtp relay sending limit exceeded for', 'this mail has been rate limited'],
      toomanyconn: ['your message has too many recipients', 'too many recipients for this sender'],
      blocked: ['ip not in whitelist for rcpt domain', 'try again later, closing connection.', 'empty helo/ehlo argument not allowed', 'helo/ehlo argument is invalid', 'an unusual rate of unsolicited mail', 'an unusual rate of mail'],
      policyviolation: ['illegal attachment on your message', 'blocked because its content presents a potential security issue', 'you are sending to (or from) has a policy that prohibited', 'sending messages with the same message-id:'],
      systemerror: ['temporary system problem', 'server busy', 'multiple destination domains per transaction is unsupported', 'mail server has temporarily rejected this message', 'mail server temporarily rejected message', 'domain policy size per transaction exceeded', 'cannot authenticate due to temporary system problem'],
      networkerror: ['message exceeded 50 hops'],
      expired: ['connection expired', 'timeout - closing connection'],
      securityerror: ['tls required for rcpt domain', 'too many login attempts', 'cannot decode response', 'no identity changes permitted', 'authentication required.', 'application-specific password required', 'please log in with your web browser', 'please log in through your web browser', 'username and password not accepted', 'senders to use tls/ssl for smtp'],
      syntaxerror: ['smtp protocol violation', 'optional argument not permitted', 'starttls may not be repeated', 'syntax error', 'too many unrecognized commands, goodbye', 'unimplemented command', 'unrecognized command', 'bad sequence of commands', 'ehlo/helo first', 'mail first', 'rcpt first', 'no data after bdat', 'unrecognized authentication type', 'xoauth is no longer supported', 'must issue a starttls command first', 'too many unauthenticated commands'],
    },
  },
  {
    id: 'microsoft',
    name: 'Microsoft (Exchange Online, Outlook.com)',
    // Exchange Online writes these codes into its own notices too ("office365" is their reporter id).
    receivers: ['outlook.com', 'hotmail.com', 'office365', 'microsoft.com'],
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'outlook.jp', 'live.jp', 'hotmail.co.uk', 'hotmail.fr'],
    wordings: {
      mailboxfull: [['mailbox full', '5.2.2']],
      mesgtoobig: [['message size exceeds fixed maximum message size', '5.3.4'], ['message too big for system', '5.3.4']],
      exceedlimit: [['resolver.rst.recipsizelimit; message too large for this recipient', '5.2.3']],
      suspend: [['recipient address rejected: access denied', '5.7.504'], ['access denied, banned recipient', '5.7.505'], ['mailbox cannot be accessed', '5.2.1']],
      norelaying: [['unable to relay', '5.7.1'], ['client was not authenticated', '5.7.1'], ['relay access denied', '5.4.1'], ['tenantattribution; relay access denied', '5.7.64'], ['does not exist', '5.4.310']],
      authfailure: [['must pass either spf or dkim validation, this message is not signed', '4.7.26'], ['tlsa-invalid: the domain failed dane validation', '4.7.323'], ['tlsa-invalid: the domain failed dane validation', '5.7.323'], ['dnssec-invalid: destination domain returned invalid dnssec records', '4.7.324'], ['dnssec-invalid: destination domain returned invalid dnssec records', '5.7.324'], ['certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)', '4.7.325'], ['certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)', '5.7.325'], ['the message was rejected because of sender policy framework violation', '5.7.23'], ["certificate-expired: destination mail server's certificate is expired", '5.7.322'], ['does not pass dmarc verification', '5.7.509']],
      userunknown: [['resolver.adr.exrecipnotfound; not found', '5.1.1'], ['user unknown', '5.1.1'], ['storedrv.submit; invalid recipient address', '5.1.3'], ['recipient address reserved by rfc 2606', '5.1.4-5'], ['recipient addresses in single label domains not accepted', '5.1.6'], ['bad destination mailbox address', '5.1.1'], ['recipient not found', '5.1.10'], ['recipient address rejected: access denied', '5.4.1'], ['requested action not taken: mailbox unavailable', '5.5.0'], ['invalid x.400 address', '5.1.2']],
      badreputation: [['has been temporarily rate limited due to ip reputation', '4.7.650']],
      rejected: [['invalid address', '5.1.7'], ['unknown sender address', '5.1.7'], ['sender denied', '5.1.0'], ['access denied, bad outbound sender', '5.1.8'], ['delivery not authorized', '5.7.1'], ['sender was not authenticated by organization', '5.7.12'], ['sender not in allowed-senders list', '5.7.124'], ['sender not authenticated for group', '5.7.133'], ['sender was not authenticated for mailbox', '5.7.134'], ['sender was not authenticated for public folder', '5.7.13'], ['sender was not authenticated for public folder', '5.7.135'], ['sender was not authenticated', '5.7.136'], ['access denied, spam abuse detected', '5.7.501-503'], ['access denied, message must be rfc 5322 section 3.6.2 compliant', '5.7.512'], ['service unavailable. client blocked from sending from unregistered domains', '5.7.750'], ['access denied, banned sender', '5.7.501-503']],
      spamdetected: [['content filter agent quarantined this message', '5.2.1']],
      speeding: [['storedrv.deliver; recipient thread limit exceeded', '4.3.2'], ["your message can't be sent because you've reached your daily limit for message recipients", '5.1.90'], ['submission quota exceeded', '5.2.2'], ["recipient's per hour message receive limit from specific sender exceeded", '5.2.121'], ["recipient's per hour message receive limit exceeded", '5.2.122'], ['has exceeded permitted limits within', '5.7.508'], ['access denied, tenant has exceeded threshold', '5.7.700-749'], ['access denied, traffic not accepted from this ip', '5.7.700-749']],
      toomanyconn: [['too many recipients', '5.5.3'], ['too many recipients', '4.5.3'], ['the recipient has exceeded their limit for', '5.2.122']],
      blocked: [['connection dropped', '4.4.2'], ['access denied, please try again later', '4.7.850-899'], ['must have a reverse dns record', '5.7.25'], ['access denied, bad helo', '5.7.506'], ['access denied, rejected by recipient', '5.7.507'], ['does not accept email over ipv6', '5.7.510'], ['access denied, banned sender', '5.7.511'], ['using customer block list', '5.7.513'], ['access denied, banned sending ip', '5.7.606-649'], ['access denied, please try again later', '4.7.500-699'], ['invalid domain name', '5.5.4'], ['restrictdomainstoipaddresses or restrictdomainstocertificate', '5.7.51'], ['part of their network is on our block list (s3150)', '5.7.1']],
      policyviolation: [['x-dg-ref header is too long', '5.0.350'], ['requested action not taken: policy violation detected (as345)', '5.0.350'], ['delivery not authorized, message refused', '5.7.900-999']],
      systemerror: [['service not available', '4.3.2'], ['service not active', '4.3.2'], ['system incorrectly configured', '5.3.5'], ['journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled', '5.3.190'], ['helo / ehlo requires domain address', '5.0.0'], ['destination mailbox address ambiguous', '5.1.4'], ['mailing list expansion problem', '5.2.4'], ['misconfigured forwarding address', '5.2.14'], ['temporary server error. please try again later attr18', '4.4.3'], ['temporary server error. please try again later. prx4 nexthop:', '4.7.0'], ['message failed to be replicated: insufficient system resource:', '4.4.24'], ['message failed to be replicated: no healthy secondary server available to accept replica at this time.', '4.4.25'], ['message failed to be replicated: the operation was canceled', '4.4.28'], ['(suspiciousremoteservererror)', '4.4.318'], ['(suspiciousremoteservererror)', '5.4.318'], ['server busy. please try again later from', '4.7.500'], ['pfa agent busy, please try again.', '4.7.700']],
      networkerror: [['smtpsend.dns.nonexistentdomain; nonexistent domain', '5.4.4'], ['hop count exceeded - possible mail loop', '5.4.6'], ['connection refused', '4.4.316'], ['invalid arguments', '5.4.4'], ['routing loop detected', '5.4.6'], ['routing loop detected', '5.4.14']],
      contenterror: [['too many related errors', '5.3.0'], ['invalid characters', '5.6.11'], ['agent generated message depth exceeded', '5.4.11'], ['invalid message content', '5.5.6']],
      systemfull: [['insufficient system resources', '4.3.1']],
      notaccept: [['system not accepting network messages', '4.3.2'], ['hosted tenant which has no mail-enabled subscriptions', '4.4.4'], ['storedrv.deliver: missing or bad storedriver mdb properties', '5.3.2']],
      expired: [['connection timed out', '4.4.1'], ['message delayed', '4.4.7'], ['queue expired; message expired', '4.4.7'], ['message expired', '4.4.7'], ['message expired', '5.4.300']],
      securityerror: [['cannot achieve exchange server authentication', '5.7.3'], ['not authorized', '5.7.3'], ['starttls is required to send mail', '4.4.317'], ['starttls is required to send mail', '5.4.317'], ['starttls-not-supported: destination mail server must support tls to receive mail', '4.7.321'], ['starttls-not-supported: destination mail server must support tls to receive mail', '5.7.321'], ['client was not authenticated', '5.7.1'], ['client was not authenticated to send anonymous mail during mail from', '5.7.57']],
      syntaxerror: [['unrecognized command', '5.3.3'], ['send hello first', '5.5.2']],
    },
  },
  {
    id: 'yahoo',
    name: 'Yahoo / AOL',
    receivers: ['yahoodns.net', 'yahoo.com', 'yahoo.co.jp', 'aol.com'],
    domains: ['yahoo.com', 'yahoo.co.jp', 'ymail.com', 'rocketmail.com', 'aol.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de'],
    wordings: {
      suspend: ['is no longer valid.', 'this mailbox is disabled'],
      norelaying: ['relaying denied for'],
      authfailure: ['yahoo requires all senders to authenticate with either spf or dkim'],
      userunknown: ["dd this user doesn't have a", 'mailbox not found'],
      notcompliantrfc: ['headers are not rfc compliant'],
      rejected: ['due to unresolvable rfc.5321 domain'],
      speeding: ['user is receiving mail too quickly'],
      toomanyconn: ['max message per connection reached'],
      blocked: ["because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl'],
      policyviolation: ['not accepted for policy reasons'],
      syntaxerror: ['syntax error in parameters or arguments'],
    },
  },
  {
    id: 'apple',
    name: 'Apple iCloud Mail',
    receivers: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    wordings: {
      mailboxfull: ['user is over quota'],
      hasmoved: ['recipient no longer on server'],
      norelaying: ['relay access denied'],
      authfailure: ['s dmarc policy', 'blocked for failing both spf and dkim autentication checks'],
      userunknown: ['inactive email address', 'user does not exist', 'unknown or illegal alias'],
      rejected: ['sender address rejected'],
      speeding: ['due to excessive volume'],
      blocked: ['rejected due to having a domain present in the spamhaus', 'rejected due to listing in spamhaus', 'blocked - see https://support.proofpoint.com/dnsbl-lookup', 'not accepting connections'],
      policyviolation: ['due to local policy'],
      notaccept: ['host/domain does not accept mail'],
    },
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    receivers: ['mimecast'],
    domains: [],
    wordings: {
      mesgtoobig: [['maximum email size exceeded', '554']],
      norelaying: [['open relay not allowed', '451'], ['open relay is not allowed', '451']],
      authfailure: [['spf sender invalid - envelope rejected', '550'], ['dkim sender invalid - envelope rejected', '550'], ['dmarc sender invalid - envelope rejected', '550']],
      userunknown: [['invalid address', '501'], ['user unknown', '503'], ['invalid recipient', '550']],
      badreputation: [['internal resources are temporarily unavailable', '451'], ['local ct ip reputation - (reject)', '550']],
      rejected: [['administrative prohibition envelope blocked', '550'], ['envelope blocked - user entry', '550'], ['envelope blocked - user domain entry', '550'], ['rejected by header-based manually blocked senders - block for manual block', '550'], ['rejected by header-based blocked senders - block policy for header from', '550'], ['envelope rejected - block policy for envelope from address', '550']],
      toomanyconn: [['account service is temporarily unavailable', '451'], ['too many recipients', '452'], ['exceeding outbound thread limit', '550']],
      blocked: [['sender address blocked', '421'], ['recipient temporarily unavailable', '451'], ['ip temporarily blacklisted', '451']],
      virusdetected: [['email rejected due to security policies', '554']],
      policyviolation: [['anti-spoofing policy - inbound not allowed', '550'], ['rejected by header-based anti-spoofing policy', '550'], ['message bounced due to content examination policy', '550'], ['host network not allowed', '554'], ['host network, not allowed', '554']],
      systemerror: [['unable to process connection at this time', '451'], ['message ended early', '451'], ['unable to process command', '451'], ['unable to process an email at this time', '451']],
      networkerror: [['the incorrect hostname used for inbounds', '451'], ['the incorrect hostname used for inbounds', '550'], ['mail loop detected', '554']],
      notaccept: [['account inbounds disabled', '451']],
      expired: [['journal messages past the expiration', '550']],
      securityerror: [['incorrect authentication data', '535'], ['submitter failed to disabled', '550'], ['submitter failed to authenticate', '550'], ['this route requires encryption (tls)', '553'], ['this route requires tls version 1.2 or greater', '553'], ['this route requires high-strength ciphers', '553'], ['configuration is invalid for this certificate', '554']],
      onhold: [['account outbounds disabled', '451'], ['hostname is not authorized', '451'], ['journal message past expiration', '550']],
    },
  },
  {
    id: 'tencent',
    name: 'Tencent (QQ Mail)',
    receivers: ['qq.com', 'foxmail.com'],
    domains: ['qq.com', 'foxmail.com', 'vip.qq.com'],
    wordings: {
      mesgtoobig: ['message too large'],
      suspend: ['is a deactivated mailbox'],
      authfailure: ['spf check failed', 'dmarc check failed'],
      userunknown: ['mailbox not found'],
      rejected: ['suspected spam', 'mail is rejected by recipients'],
      spamdetected: ['spam is embedded in the email', 'mail content denied'],
      speeding: ['mailbox unavailable or access denined'],
      toomanyconn: ['ip frequency limited', 'domain frequency limited', 'sender frequency limited', 'connection frequency limited'],
      blocked: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'],
      syntaxerror: ['bad address syntax'],
    },
  },
  {
    id: 'godaddy',
    name: 'GoDaddy (secureserver.net)',
    receivers: ['secureserver.net'],
    domains: [],
    wordings: {
      mailboxfull: ['account storage limit'],
      suspend: ['account disabled'],
      userunknown: ['recipient not found', 'account does not exist'],
      spamdetected: ['message rejected for spam or virus content'],
      blocked: ['rbl reject', 'www.spamhaus.org/query/bl?ip='],
      systemerror: ['message is looping'],
      expired: ['has been in the queue too long', 'delivery timeout'],
    },
  },
  {
    id: 'cox',
    name: 'Cox Communications',
    receivers: ['cox.net'],
    domains: ['cox.net'],
    wordings: {
      userunknown: ['recipient rejected'],
      requireptr: ['dns check failure - try again later', 'rejected - no rdns'],
      rejected: ['sender rejected'],
      toomanyconn: ['too many sessions from', 'requested action aborted: try again later', 'message threshold exceeded'],
      blocked: ['cox too many bad commands from', 'too many invalid recipients'],
      policyviolation: ['esmtp no data before greeting', 'attachment extension is forbidden'],
      systemerror: ['esmtp server temporarily not available'],
    },
  },
  {
    id: 'orange',
    name: 'Orange / La Poste (France)',
    receivers: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
    domains: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
    wordings: {
      authfailure: ['spf/dns de votre nom de domaine'],
    },
  },
  {
    id: 'kddi',
    name: 'KDDI (au, ezweb)',
    receivers: ['ezweb.ne.jp', 'au.com'],
    domains: ['ezweb.ne.jp', 'au.com'],
    wordings: {
      userunknown: ['>: user unknown'],
      filtered: ['550 : user unknown'],
    },
  },
];

/**
 * Providers that put an error token of their own into each refusal ("IB508", "OFR_417",
 * "AUP#In-1310", "mail.i.ua/err/3/"): the token names the provider by itself. `token` captures the
 * code; `codes` maps a code, or an inclusive numeric range ("1300-1340"), to its reason.
 */
export interface ErrorCodeFamily {
  id: string;
  name: string;
  token: RegExp;
  codes: readonly (readonly [code: string, reason: Reason])[];
}

export const ERROR_CODE_FAMILIES: readonly ErrorCodeFamily[] = [
  {
    id: 'cox',
    name: 'Cox Communications',
    token: /\b(CDRBL|CX[A-Z]{2,6}|IPBL\d{4,5}|URLBL\d{3,4})\b/i,
    codes: [
      ['CDRBL', 'blocked'], ['CXBL', 'blocked'], ['CXCNCT', 'toomanyconn'], ['CXDNS', 'requireptr'],
      ['CXMJ', 'securityerror'], ['CXMXRT', 'toomanyconn'], ['CXSMTP', 'rejected'], ['CXSNDR', 'authfailure'],
      ['CXTHRT', 'securityerror'], ['IPBL00001', 'blocked'], ['IPBL0001', 'blocked'], ['IPBL0010', 'blocked'],
      ['IPBL0011', 'blocked'], ['IPBL0100', 'blocked'], ['IPBL0101', 'blocked'], ['IPBL0110', 'blocked'],
      ['IPBL0111', 'blocked'], ['IPBL1000', 'blocked'], ['IPBL1001', 'blocked'], ['IPBL1010', 'blocked'],
      ['IPBL1011', 'blocked'], ['IPBL1100', 'blocked'], ['IPBL1101', 'blocked'], ['IPBL1110', 'blocked'],
      ['IPBL1111', 'blocked'], ['URLBL011', 'spamdetected'], ['URLBL1001', 'spamdetected'],
      ['URLBL101', 'spamdetected'], ['URLBL110', 'spamdetected'],
    ],
  },
  {
    id: 'orange',
    name: 'Orange / La Poste (France)',
    token: /\b(?:OFR|LPN)\d{0,3}_(\d{3})\b/i,
    codes: [
      ['101', 'blocked'], ['102', 'blocked'], ['103', 'blocked'], ['104', 'toomanyconn'], ['305', 'securityerror'],
      ['401', 'authfailure'], ['402', 'securityerror'], ['403', 'rejected'], ['405', 'rejected'], ['415', 'rejected'],
      ['416', 'userunknown'], ['417', 'mailboxfull'], ['420', 'suspend'], ['421', 'rejected'], ['426', 'suspend'],
      ['505', 'systemerror'], ['506', 'spamdetected'], ['510', 'blocked'], ['514', 'mesgtoobig'],
      ['517', 'authfailure'], ['630', 'policyviolation'], ['999', 'blocked'],
    ],
  },
  {
    id: 'godaddy',
    name: 'GoDaddy (secureserver.net)',
    token: /\b(IB\d{3})\b/,
    codes: [
      ['IB007', 'toomanyconn'], ['IB101', 'speeding'], ['IB103', 'badreputation'], ['IB104', 'blocked'],
      ['IB105', 'blocked'], ['IB106', 'blocked'], ['IB108', 'requireptr'], ['IB110', 'blocked'], ['IB111', 'blocked'],
      ['IB112', 'blocked'], ['IB113', 'blocked'], ['IB212', 'spamdetected'], ['IB401', 'securityerror'],
      ['IB501', 'notcompliantrfc'], ['IB502', 'notcompliantrfc'], ['IB504', 'speeding'], ['IB506', 'rejected'],
      ['IB508', 'authfailure'], ['IB510', 'speeding'], ['IB605', 'toomanyconn'], ['IB607', 'speeding'],
      ['IB705', 'virusdetected'],
    ],
  },
  {
    id: 'iua',
    name: 'I.UA',
    token: /\bmail\.i\.ua\/err\/(\d{1,2})\b/i,
    codes: [
      ['1', 'norelaying'], ['10', 'filtered'], ['2', 'userunknown'], ['3', 'suspend'], ['4', 'mailboxfull'],
      ['5', 'toomanyconn'], ['6', 'norelaying'], ['7', 'blocked'], ['8', 'rejected'], ['9', 'blocked'],
    ],
  },
  {
    id: 'spectrum',
    name: 'Spectrum (Charter)',
    token: /\bAUP#(?:in-|out-)?(\d{4})\b/i,
    codes: [
      ['1000', 'blocked'], ['1010', 'rejected'], ['1020-1080', 'rejected'], ['1090', 'systemerror'],
      ['1100-1150', 'requireptr'], ['1160-1190', 'policyviolation'], ['1200-1210', 'blocked'],
      ['1220-1250', 'blocked'], ['1260', 'networkerror'], ['1300-1340', 'toomanyconn'], ['1350-1490', 'speeding'],
      ['1500', 'rejected'], ['1520', 'rejected'], ['1530', 'mesgtoobig'], ['1540', 'speeding'], ['1550', 'speeding'],
      ['1560', 'policyviolation'], ['1580', 'speeding'],
    ],
  },
];
