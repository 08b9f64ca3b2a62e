import type { Reason } from '../types';
import type { SmtpCommand } from './stage';

/**
 * Text matchers: what mail servers say, mapped to causes. Patterns run case-insensitively over the
 * diagnostic with whitespace collapsed to single spaces (and multi-line reply prefixes such as
 * "550-5.7.1 " removed), so they use plain spaces. Patterns are fixed phrases; where a wording
 * has a variable part it is at most a single token (\S+) between literal spaces, never an open or
 * bounded gap ({0,N}), so recheck's automaton checker can prove each one free of catastrophic
 * backtracking (test/unit/knowledge-redos.test.ts).
 */
export interface TextMatcher {
  cause: string;
  pattern: RegExp;
  /** Only when the code class is temporary (4) or permanent (5); unset = either. */
  when?: 'temporary' | 'permanent';
  /**
   * Only when the reporter id or the remote host names one of these families (lowercase
   * substrings), for wordings too generic to trust from anyone else.
   */
  providers?: readonly string[];
  /** Only when the refusal answered one of these SMTP commands (see stage.ts). */
  stages?: readonly SmtpCommand[];
  /** Coarse reason when it differs from the cause's own. */
  reason?: Reason;
  /** Where the wording is documented (provider or document name). */
  note?: string;
  /** Phrases (global flag) whose words do not count: a gateway's footer that names the same word. */
  except?: RegExp;
}

/**
 * Footers that gateways and desktop antivirus append to every message ("This email has been scanned for
 * all viruses by the MessageLabs Email Security System", "checked for viruses by Avast antivirus
 * software", "virus-free"): they say a scan passed, not that a virus was found.
 */
const VIRUS_SCAN_FOOTER = /(?:scanned|checked|tested)(?: \w+)? for (?:all )?(?:known )?viruses(?: (?:and|&) malware)?|anti-?virus|virus-free/gi;

/** Provider families that mean Google is the receiving side (see providerOf in index.ts). */
const GOOGLE: readonly string[] = ['gmail', 'google'];

/**
 * Provider and gateway wordings, most specific first. A wording that a provider uses for both a
 * temporary and a permanent situation appears twice, permanent (narrower) first.
 */
export const PROVIDER_MATCHERS: readonly TextMatcher[] = [
  // Google / Gmail
  // The Gmail causes explain Gmail's own limits, so they apply only when Gmail is the receiver;
  // other servers (Postfix policy daemons, Yahoo, Yandex) that echo the wording get the generic cause.
  { cause: 'gmail-receiving-rate-final', when: 'permanent', providers: GOOGLE, pattern: /receiving e?mail at a rate that prevents additional messages|ReceivingRatePerm/i, note: 'Gmail 550 5.2.1' },
  { cause: 'gmail-receiving-rate', providers: GOOGLE, pattern: /receiving e?mail too quickly|receiving e?mail at a rate that prevents additional messages|p=ReceivingRate\b/i, note: 'Gmail 450 4.2.1' },
  { cause: 'recipient-hourly-limit', when: 'permanent', pattern: /receiving e?mail at a rate that prevents additional messages/i, note: 'Gmail-style wording from other servers' },
  { cause: 'recipient-rate-limit', pattern: /receiving e?mail too quickly|receiving e?mail at a rate that prevents additional messages/i, note: 'Gmail-style wording from other servers (Postfix policy, Yahoo, Yandex)' },
  { cause: 'relay-peak-limit', pattern: /peak SMTP relay limit exceeded/i, note: 'Gmail 450 4.2.1' },
  { cause: 'mailbox-full-inactive', pattern: /out of storage space and inactive/i, note: 'Gmail 552 5.2.2' },
  { cause: 'mailbox-full', pattern: /inbox is out of storage space|out of storage space|is over quota\b/i, note: 'Gmail 452 4.2.2' },
  // Gmail closes an idle or long connection this way: a transient network event, not an expiry.
  { cause: 'network-error', pattern: /connection expired, try reconnecting/i, note: 'Gmail 421 4.7.0' },
  { cause: 'multi-domain-transaction', pattern: /multiple destination domains per transaction is unsupported/i, note: 'Gmail 451 4.3.0' },
  { cause: 'receiver-temporary-error', pattern: /e?mail server (?:has )?temporarily rejected (?:this )?message|temporary system problem|server busy, try again later/i, note: 'Gmail 421/451 4.3.0, 4.4.5' },
  { cause: 'network-error', pattern: /timeout - closing connection/i, note: 'Gmail 451 4.4.2' },
  // Gmail's wording only: a bare "Protocol violation" is left to the generic policy wording.
  { cause: 'protocol-error', pattern: /SMTP protocol violation/i, note: 'Gmail 451/454 4.5.0' },
  { cause: 'too-many-recipients', pattern: /domain policy size per transaction exceeded/i, note: 'Gmail 452 4.5.3' },
  { cause: 'recipient-limit-per-message', pattern: /your message has too many recipients/i, note: 'Gmail 452 4.5.3' },
  { cause: 'recipient-limit-per-message', pattern: /too many recipients/i, providers: ['office365', 'outlook', 'exchange', 'protection.outlook.com'], note: 'EXO 452 4.5.3' },
  { cause: 'recipient-allowlist-only', pattern: /IP not in whitelist for RCPT domain/i, note: 'Gmail 421 4.7.0' },
  { cause: 'no-ptr', pattern: /does(?:n't| not) have a PTR record|corresponding forward DNS entry does not point|PTR record's forward DNS entry does(?:n't| not) match/i, note: 'Gmail 421 4.7.0 / 451 4.7.23' },
  { cause: 'smtp-auth-failed', pattern: /too many login attempts/i, note: 'Gmail 454 4.7.0' },
  { cause: 'tls-required', pattern: /TLS required for RCPT domain|not using a TLS connection|use TLS\/SSL for SMTP/i, note: 'Gmail 421 4.7.0 / 4.7.29' },
  { cause: 'reputation-deferral', when: 'temporary', pattern: /very low reputation of the sending (?:IP address|domain)|unusual rate of (?:unsolicited )?e?mail/i, note: 'Gmail 421 4.7.0 / 4.7.28' },
  { cause: 'reputation-block', when: 'permanent', pattern: /very low reputation of the sending (?:IP address|domain)|unusual rate of unsolicited e?mail/i, note: 'Gmail 550 5.7.28' },
  { cause: 'content-reputation', pattern: /nature of the content (?:and\/)?(?:or )?the links/i, note: 'Gmail 421 4.7.0' },
  // Gmail's 2024 sender rules: the results name which check failed (SPF 5.7.27, DKIM 5.7.30).
  { cause: 'spf-fail', pattern: /didn't pass SPF authentication|did not pass SPF authentication/i, note: 'Gmail 550 5.7.27' },
  { cause: 'dkim-fail', pattern: /didn't pass DKIM authentication|did not pass DKIM authentication/i, note: 'Gmail 550 5.7.30' },
  { cause: 'spf-suspicious', pattern: /SPF record of the sending domain has one or more suspicious entries/i, note: 'Gmail 451 4.7.24' },
  { cause: 'dmarc-temp-dns', pattern: /temporary DNS failures prevent authentication|temporary DMARC DNS lookup failure|temporary error occurred during SPF verification/i, note: 'Gmail 451 4.7.26; Cisco 451 4.4.3' },
  // SPF's and DMARC's own name for a passing DNS fault ("temperror", RFC 7208 2.6.6, RFC 7489 6.6.2), or
  // their check said to have failed "temporarily": the sender's records may be fine, and a retry clears it
  { cause: 'dmarc-temp-dns', pattern: /\btemp ?error\b|\b(?:SPF|DKIM|DMARC)(?: \S+)? temporar(?:y|ily)\b/i, note: 'RFC 7208 temperror; RFC 7489; Cisco, Gmail' },
  { cause: 'auth-required', pattern: /rate limited because it is unauthenticated|authenticate with either SPF or DKIM|must pass either SPF or DKIM validation|requires all senders to authenticate/i, note: 'Gmail 421 4.7.26; EXO 450 4.7.26; Yahoo 550 5.7.9' },
  { cause: 'spf-fail', pattern: /SPF authentication did(?:n't| not) pass|Sender Policy Framework violation|reject due to SPF policy|SPF Sender Invalid|Bad SPF records/i, note: 'Gmail 4.7.27; EXO 5.7.23; GMX; Mimecast' },
  { cause: 'dkim-fail', pattern: /DKIM authentication did(?:n't| not) pass|DKIM Sender Invalid/i, note: 'Gmail 421 4.7.30; Mimecast' },
  { cause: 'dmarc-fail', pattern: /is(?:n't| not) aligned with either the authenticated SPF or DKIM|does not pass DMARC verification|rejected per (?:sender's )?DMARC policy|e?mail rejected per sender's DMARC policy|DMARC Sender Invalid|\[HME1\]|failing both SPF and DKIM/i, note: 'Gmail 4.7.32; EXO 5.7.509; Proofpoint; Zoho; Mimecast; iCloud' },
  { cause: 'dmarc-missing', pattern: /does(?:n't| not) have a DMARC record/i, note: 'Gmail 421 4.7.40' },
  // fml's "Duplicated Message-ID" is a list manager's loop guard (a system error), not this policy.
  { cause: 'duplicate-message-id', pattern: /(?:sending|sent) (?:many )?messages (?:with|that have) the same Message-ID/i, note: 'Gmail 421 4.7.28' },
  // Gmail's header rules (its SMTP error page): how the message was built, not spam or reputation.
  { cause: 'not-rfc-compliant', pattern: /missing a valid (?:Message-ID|From|address in the From)|multiple addresses in From:? header|unicode character in a disallowed header|encoded-word syntax is not permitted|messages? (?:is )?not RFC 5322 compliant/i, reason: 'notcompliantrfc', note: 'Gmail 550 5.7.1 (header rules)' },
  { cause: 'user-unknown', pattern: /e?mail account that you tried to reach does not exist|address couldn't be found|couldn't be found, or is unable to receive mail/i, note: 'Gmail 550 5.1.1' },
  { cause: 'recipient-domain-unknown', pattern: /weren't able to find the recipient domain/i, note: 'Gmail 553 5.1.2' },
  { cause: 'account-disabled', pattern: /account that you tried to reach is (?:inactive|disabled)/i, note: 'Gmail 550 5.2.1' },
  { cause: 'message-too-big', pattern: /exceeded Google's message size limits|exceeds Google's limit of/i, note: 'Gmail 552 5.3.4' },
  { cause: 'sender-quota-exceeded', pattern: /daily (?:user sending|SMTP relay) limit exceeded|daily limit for message recipients|submission quota exceeded|sending limit exceeded|daily (?:message|sending) quota exceeded|maximum sending rate exceeded/i, note: 'Gmail 550 5.4.5; EXO 5.1.90' },
  { cause: 'routing-loop', pattern: /exceeded 50 hops|routing loop detected|hop count exceeded|mail loop(?:s)? detected|too many hops/i, note: 'Gmail 554 5.4.6; EXO 5.4.6/5.4.14; Postfix' },
  { cause: 'spam-detected', when: 'permanent', pattern: /likely unsolicited e?mail/i, note: 'Gmail 550 5.7.1' },
  { cause: 'message-policy-refusal', pattern: /flagged as Spam/i, reason: 'spamdetected', note: 'Zoho 550/554 5.7.1' },
  { cause: 'recipient-policy', pattern: /has a policy that prohibit|- gcdp\b|sender was not authenticated|sender not authenticated for group|sender not in allowed-senders list|using Customer Block list|ERS-Customized-Block|BLOCK-SEND-ER|BLOCK-RCPT|mailbox delivery restricted by policy|Policy Rejection- ?Abuse/i, note: 'Gmail gcdp; EXO 5.7.12x/5.7.124/5.7.507/5.7.513; Mimecast; Trend Micro; Zoho; Barracuda' },
  // The sender refused by the recipient's policy: Exim's default ACL refusal and Mimecast's blocked-senders
  // and anti-spoofing refusals, which the lexicon (and Mimecast's own row) class as "rejected"
  { cause: 'recipient-policy', pattern: /Administrative prohibition|envelope blocked|Anti-Spoofing policy/i, reason: 'rejected', note: 'Exim ACL deny; Mimecast 550' },
  // Exchange reuses the IANA name of X.7.1 here, so the coarse reason stays the code's own.
  { cause: 'recipient-policy', pattern: /delivery not authori[sz]ed|not authori[sz]ed to send to (?:this|the) (?:group|recipient)/i, reason: 'securityerror', note: 'EXO 550 5.7.1 Delivery not authorized' },
  { cause: 'dynamic-ip-direct', pattern: /not authori[sz]ed to send e?mail directly to our servers|\bDY-00[12]\b|\bES0000\d\d\b/i, note: 'Gmail 550 5.7.1; Outlook.com DY; Comcast ES' },
  { cause: 'no-ptr', pattern: /\bPTR record\b|bad DNS PTR resource record|cannot find your (?:reverse )?hostname|IP name lookup failed|reverse DNS (?:lookup )?(?:failed|required)|fix reverse DNS|no reverse DNS|without (?:a )?valid reverse DNS/i, note: 'Gmail 5.7.25; GMX; Postfix reject_unknown_client_hostname; Comcast' },
  // Microsoft (Exchange Online / EOP / Outlook.com)
  { cause: 'org-queue-quota', pattern: /organi[sz]ation queue quota exceeded/i, note: 'EXO 450 4.7.3' },
  { cause: 'app-queue-quota', pattern: /application queue quota exceeded/i, note: 'EXO 450 4.7.9' },
  { cause: 'mailbox-thread-limit', pattern: /recipient thread limit exceeded/i, note: 'EXO 432 4.3.2' },
  { cause: 'connection-refused', pattern: /socket error code 10061/i, note: 'EXO 4.4.316' },
  { cause: 'dns-lookup-failed', pattern: /DNS query failed|malformed or unexpected name server reply/i, note: 'EXO 5.4.312; Postfix' },
  { cause: 'domain-accepts-no-mail', pattern: /returned Null MX|doesn't receive email according to the administrator|couldn't find a mail exchanger or IP address/i, note: 'Gmail null MX; qmail' },
  // NXDOMAIN: the domain does not exist (analyzers keep Google's "DNS Error" under networkerror).
  { cause: 'recipient-domain-unknown', pattern: /DNS Error: \d+ DNS type '?\w+'? lookup of \S+ responded with code NXDOMAIN/i, reason: 'networkerror', note: 'Gmail / Google Workspace DNS error, NXDOMAIN' },
  { cause: 'dns-lookup-failed', pattern: /DNS Error: \d+ DNS type/i, note: 'Gmail / Google Workspace DNS error' },
  { cause: 'connection-timed-out', pattern: /did not accept our requests to connect/i, note: 'Gmail' },
  { cause: 'recipient-domain-unknown', pattern: /the domain is not reachable/i, note: 'Outlook.com' },
  { cause: 'content-filtered', pattern: /refused due to recipient preferences/i, note: 'Facebook RCP-P2' },
  { cause: 'receiver-disk-full', pattern: /insufficient disk space|no space left on device/i, note: 'Sendmail 452 4.4.5' },
  { cause: 'dns-lookup-failed', pattern: /host not found, try again/i, note: 'Postfix (temporary DNS failure)' },
  { cause: 'dns-lookup-failed', pattern: /host lookup did not complete/i, note: 'Exim (temporary DNS failure, router defer)' },
  { cause: 'dns-lookup-failed', pattern: /temporary failure in (?:MX |DNS |name )?(?:lookup|resolution)/i, note: "OpenSMTPD's 'Temporary failure in MX lookup'; glibc's EAI_AGAIN text" },
  { cause: 'recipient-domain-unknown', pattern: /all relevant MX records point to non-existent hosts/i, note: 'Exim' },
  { cause: 'blocked-attachment', pattern: /blocked because its content presents a potential|illegal attachment|attachment extension is forbidden|executable files are not allowed|banned (?:attachment|file type)|blocked file type|not accepting (?:e?mail|messages) with (?:attachments|embedded images)|do not accept messages containing images or other attachments/i, note: 'Gmail 552 5.7.0 (blocked file types); Cox; Amavis banned files; AOL and Sisimai\'s PolicyViolation wordings (mail with attachments or images)' },
  // The first line of Gmail's multi-line reply; quoting MTAs often keep only that line.
  { cause: 'auth-required', pattern: /does not have authentication information/i, note: 'Gmail 550 5.7.1' },
  { cause: 'recipient-policy', pattern: /rejected for policy reasons|host network not allowed/i, reason: 'policyviolation', note: 'generic; Mimecast 554' },
  { cause: 'sender-rejected', pattern: /please provide a valid From:|From: domain is invalid/i, note: 'GoDaddy (secureserver.net) 550 5.2.0 IB' },
  { cause: 'user-unknown', pattern: /please check if (?:the )?address is correct/i, note: 'Trend Micro InterScan MSS' },
  // Japanese carriers accept the recipient at RCPT TO and refuse after DATA when the
  // recipient's reception settings block the sender; the reply still says "Unknown user".
  { cause: 'recipient-refuses-sender', pattern: /unknown user/i, providers: ['docomo'], stages: ['DATA'], note: 'NTT docomo 550 after DATA' },
  { cause: 'mailer-error', pattern: /IFS=' ' && exec|\bprocmail\b/i, note: 'Sendmail pipe delivery' },
  { cause: 'ip-throttled', pattern: /too many recipients this hour/i, note: 'GoDaddy IB607' },
  { cause: 'dynamic-ip-direct', pattern: /use the smtp server of your ISP|use your ISP'?s (?:smtp|mail) server/i, note: 'generic' },
  // the sending side's own policy demands TLS (Postfix smtp_tls_security_level=encrypt, a TLS policy map)
  { cause: 'tls-required-by-sender', pattern: /TLS is required, but (?:was not offered|our TLS session is not secure) by host|TLS is required, but host \S+ refused to start TLS|TLS is required, but our TLS engine is unavailable/i, note: 'Postfix smtp(8) with mandatory TLS' },
  { cause: 'tls-required-by-sender', pattern: /a TLS session is required,? but (?:the server did not offer TLS support|an attempt to start TLS failed)/i, note: "Exim's hosts_require_tls" },
  { cause: 'tls-failed', pattern: /does not support TLS|refused to start TLS/i, note: 'Gmail (state 6)' },
  { cause: 'domain-accepts-no-mail', pattern: /No MX found for domain/i, note: 'OpenSMTPD' },
  { cause: 'spam-detected', pattern: /\b(?:OFR|LPN)\d*_506\b/i, note: 'Orange 550 5.2.0 [506]' },
  { cause: 'too-many-recipients', pattern: /too many recipients/i, note: 'EXO/Mimecast/Cisco 452 4.5.3' },
  { cause: 'ip-throttled', when: 'temporary', pattern: /server busy\. please try again later from \[|\(AS\d{3,8}\)|access denied, please try again later/i, note: 'EXO 451 4.7.500-699 / 4.7.850-899' },
  { cause: 'reputation-deferral', pattern: /temporarily rate limited due to IP reputation/i, note: 'Outlook.com 451 4.7.650' },
  { cause: 'reputation-deferral', pattern: /\bRP-00[12]\b/i, reason: 'speeding', note: 'Outlook.com 421 RP-001/002 (limits set by reputation)' },
  { cause: 'reputation-deferral', pattern: /\bRP-003\b/i, reason: 'toomanyconn', note: 'Outlook.com 421 RP-003 (limits set by reputation)' },
  { cause: 'bulk-auth-required', pattern: /5\.7\.515/i, note: 'Outlook.com 550 5.7.515' },
  { cause: 'reputation-block', pattern: /\bSC-00[1-4]\b|\bOU-00[12]\b|on our block list \(S3150\)|part of their network is on our block list/i, reason: 'blocked', note: 'Outlook.com SC/OU, S3150' },
  { cause: 'user-unknown', pattern: /RESOLVER\.ADR\.Recip(?:ient)?NotFound|recipient address rejected: access denied/i, note: 'EXO 5.1.10, 5.4.1 (DBEB)' },
  { cause: 'relay-not-authorised', pattern: /invalid credentials for relay|(?:e?mail )?relay denied\b[^.]{0,80}isn't registered|TenantAttribution|you are trying to use me \[|open relay not allowed|e?mail address is not verified|identities failed the check/i, note: 'EXO 5.7.64; MessageLabs 553; Mimecast 451; Amazon SES' },
  { cause: 'recipient-domain-unknown', pattern: /DNS domain \S+ does not exist|InfoDomainNonexistent/i, note: "EXO 550 5.4.310 (Microsoft: the recipient's domain is not registered in DNS)" },
  { cause: 'recipient-policy', pattern: /RESOLVER\.RST\.NotAuthorized/i, reason: 'filtered', note: "Exchange 550 5.7.1 (the recipient accepts mail from some senders only; the reference's filtered)" },
  { cause: 'relay-denied', pattern: /delivery is not allowed to this address/i, note: "hMailServer 550 (its relay restriction)" },
  { cause: 'relay-denied', pattern: /relay access denied|relaying denied|not (?:configured|permitted) to relay|relay not permitted|unable to relay|we do not relay|not allowed to relay/i, note: 'EXO 550 5.4.1; Postfix; Sendmail' },
  { cause: 'submission-unauthenticated', pattern: /client not authenticated to send anonymous mail|was not authenticated to send anonymous mail/i, reason: 'securityerror', note: 'EXO 530 5.7.57' },
  { cause: 'send-as-denied', pattern: /(?:does not have|doesn't have) permissions? to send as this sender|SendAsDenied/i, reason: 'securityerror', note: 'EXO 550 5.7.60 / 5.7.1' },
  { cause: 'ipv6-not-accepted', pattern: /does not accept e?mail over IPv6/i, reason: 'blocked', note: 'EXO 550 5.7.510' },
  { cause: 'recipient-banned', pattern: /access denied, banned recipient/i, reason: 'suspend', note: 'EXO 550 5.7.505' },
  { cause: 'tls-failed', pattern: /starttls-not-supported|certificate-expired|tlsa-invalid|dnssec-invalid|certificate-host-mismatch/i, note: 'EXO 5.7.321-325' },
  { cause: 'sender-account-blocked', pattern: /access denied, spam abuse detected|access denied, bad outbound sender|tenant has exceeded threshold|traffic not accepted from this IP/i, note: 'EXO 5.7.501-503, 5.1.8, 5.7.7xx' },
  { cause: 'own-account-blocked', pattern: /unusual sending activity detected/i, note: 'Zoho 550 5.4.6' },
  { cause: 'blocked-by-recipient', pattern: /access denied, rejected by recipient/i, note: 'EXO 550 5.7.507' },
  { cause: 'external-forwarding-blocked', pattern: /does not allow external forwarding|AS\(7555\)/i, note: 'EXO 550 5.7.1' },
  { cause: 'bad-helo', pattern: /access denied, bad HELO/i, note: 'EXO 550 5.7.506' },
  { cause: 'sending-volume-block', pattern: /has exceeded permitted limits within /i, note: 'EXO 550 5.7.508' },
  { cause: 'ip-banned', pattern: /access denied, banned sending IP|banned sending IP|access denied, banned sender|\bBlocklist [12]\b|delist@messaging\.microsoft\.com/i, reason: 'blocked', note: 'EXO 5.7.511 (banned sender), 5.7.606-649; Outlook.com Blocklist 1/2' },
  { cause: 'not-rfc-compliant', pattern: /must be RFC 5322 section 3\.6\.2 compliant|not RFC ?5322 compliant|duplicate header/i, note: 'EXO 550 5.7.512' },
  { cause: 'unregistered-sender-domain', pattern: /blocked from sending from unregistered domains/i, note: 'EXO 550 5.7.750' },
  { cause: 'recipient-hourly-limit', pattern: /per hour message receive limit/i, note: 'EXO 554 5.2.121/5.2.122' },
  { cause: 'too-many-connections', pattern: /connection rate limit|maximum number of concurrent connections|too many sessions opened|too many connections|too many concurrent|too many simultaneous/i, note: 'EXO 421 4.3.2; Comcast; Orange' },
  { cause: 'receiver-temporary-error', pattern: /temporary server error\. please try again later\. PRX\d|message failed to be replicated/i, note: 'EXO 451 4.7.0 / 4.4.0' },
  // Yahoo / AOL
  { cause: 'reputation-block', pattern: /\[TS0?3\] All messages from|will be permanently deferred; Retrying will NOT succeed/i, note: 'Yahoo [TS03]' },
  { cause: 'reputation-deferral', pattern: /\[TSS0\d\]|temporarily deferred due to (?:unexpected volume or )?user complaints/i, note: 'Yahoo 421 4.7.0 [TSS04]' },
  // a sending pattern judged at the IP (many mailboxes that do not exist), not this one recipient's address
  { cause: 'reputation-deferral', pattern: /\[TSS1\d\]|excessive unknown recipients/i, reason: 'badreputation', note: 'Yahoo 421 4.7.0 [TSS11]' },
  { cause: 'recipient-rate-limit', pattern: /user is receiving mail too quickly|recipient has exceeded (?:the )?message rate limit|too many recent messages|mailbox received too much e?mail in a short period|recipient message rate limit exceeded/i, note: 'Yahoo 450; Yandex 450 4.2.1; Comcast 452' },
  { cause: 'receiver-temporary-error', pattern: /resources temporarily unavailable/i, note: 'Yahoo 451' },
  { cause: 'sender-domain-not-found', pattern: /unresolvable RFC\.?5321 (?:from )?domain|sender address rejected: domain not found|sender domain (?:not found|does not exist|must resolve)|domain of sender address [\w.@+-]+ does not (?:exist|resolve)/i, note: 'Yahoo 451/554; Postfix 450 4.1.8' },
  { cause: 'ip-throttled', pattern: /max message per connection reached/i, note: 'Yahoo 421' },
  { cause: 'dnsbl-listed', pattern: /\[BL2[13]\]|because the ip is in Spamhaus's list|Spamhaus XBL/i, note: 'Yahoo 553 5.7.1 [BL21]' },
  { cause: 'message-policy-refusal', pattern: /not accepted for policy reasons|\[PH01\]/i, note: 'Yahoo 554 5.7.9' },
  { cause: 'user-unknown', pattern: /this user doesn't have an? /i, note: 'Yahoo 554 dd' },
  { cause: 'account-disabled', pattern: /this mailbox is disabled \(554\.30\)|is no longer valid/i, note: 'Yahoo 554.30' },
  { cause: 'provider-refused-data', pattern: /delivery error: dd Requested mail action aborted/i, note: 'Yahoo 554 dd' },
  // Apple iCloud
  { cause: 'recipient-rate-limit', pattern: /deferred due to excessive volume/i, note: "iCloud 421 4.7.1 (per recipient, Apple's postmaster page)" },
  { cause: 'receiver-temporary-error', pattern: /service unavailable - try again later/i, note: 'iCloud 451 4.7.1' },
  { cause: 'protocol-error', pattern: /me\.com Error: too many errors/i, note: 'iCloud 421 4.7.0' },
  { cause: 'message-policy-refusal', pattern: /\[(?:CS01|HM08)\] Message rejected due to local policy/i, reason: 'policyviolation', note: 'iCloud 550 5.7.1 [CS01], [HM08]' },
  { cause: 'dnsbl-listed', pattern: /Blocked - see https:\/\/(?:support|ipcheck)\.proofpoint\.com|rejected due to (?:having a domain present in|listing in) Spamhaus|blocked using prs\.proofpoint\.com|blocked using Cloudmark Sender Intelligence/i, note: 'iCloud / Proofpoint' },
  { cause: 'reputation-deferral', pattern: /Deferred - see https:\/\/ipcheck\.proofpoint\.com/i, note: 'Proofpoint 421 4.7.0' },
  { cause: 'mailbox-full', pattern: /user is over ?quota|recipient overquota|user over quota|over quota|quota exceeded|exceeded storage allocation/i, note: 'iCloud 552 5.2.2; GMX; Comcast; Orange' },
  { cause: 'user-unknown', pattern: /inactive email address/i, note: 'iCloud 550 5.1.6' },
  { cause: 'mailbox-moved', pattern: /recipient no longer on server/i, note: 'iCloud 550 5.1.6' },
  // Postfix's address verification quotes its probe's answer: a permanent one will not clear by waiting
  { cause: 'user-unknown', pattern: /unverified address: host \S+ said: 5\d\d\b/i, note: 'Postfix 450 4.1.1 (verify probe refused with 5xx)' },
  { cause: 'recipient-unverified', pattern: /recipient address rejected: unverified address|unverified address/i, note: 'Postfix / Proofpoint 450 4.1.1' },
  // Mimecast
  { cause: 'mimecast-greylisting', pattern: /internal resources? (?:are )?temporarily unavailable/i, note: 'Mimecast 451' },
  { cause: 'ip-throttled', pattern: /IP temporarily blacklisted/i, note: 'Mimecast 451' },
  { cause: 'receiver-temporary-error', pattern: /recipient temporarily unavailable/i, providers: ['mimecast'], note: 'Mimecast 451' },
  { cause: 'mailbox-locked', pattern: /recipient temporarily unavailable/i, note: 'Comcast 450 4.2.0' },
  { cause: 'too-many-connections', pattern: /account service is temporarily unavailable/i, note: 'Mimecast 451' },
  { cause: 'spam-detected', pattern: /MCSpamSignature/i, note: 'Mimecast 554 (message matched a spam signature)' },
  { cause: 'receiver-temporary-error', pattern: /unable to process (?:connection|command|an email) at this time/i, note: 'Mimecast 421/451' },
  { cause: 'recipient-policy', pattern: /sender address blocked/i, note: 'Mimecast 421' },
  { cause: 'reputation-block', pattern: /Local CT IP Reputation - \(reject\)/i, note: 'Mimecast 550' },
  // Barracuda / Cisco / Symantec / Trend / Proofpoint
  { cause: 'receiver-temporary-error', pattern: /cuda_nsu 4\.4\.3 temporary server error|License Expired/i, note: 'Barracuda 451 / 421' },
  { cause: 'dnsbl-listed', pattern: /blocked using (?:b\.barracudacentral\.org|Barracuda Reputation)|b\.barracudacentral\.org/i, note: 'Barracuda BRBL' },
  // Bounce analyzers file Barracuda's "(address:blocked)" under "blocked" (Sisimai Reason/Blocked.pm).
  { cause: 'recipient-policy', pattern: /permanent failure for one or more recipients \([^()\s:]*:blocked\)|550 Blocked\b/i, reason: 'blocked', note: 'Barracuda 550' },
  { cause: 'reputation-block', pattern: /rejected due to the sending MTA's poor reputation/i, note: 'Cisco Secure Email 554' },
  { cause: 'gateway-rate-limit', pattern: /\brate limit\b|exceeded (?:the |your |a )?(?:\S+ )?limit\b/i, when: 'temporary', note: 'Cisco HAT flow control; Rambler 452 4.5.3' },
  { cause: 'gateway-deferral', pattern: /450 Requested action aborted \[9\]|Requested action aborted \[\d+\]/i, note: 'Email Security.cloud 450' },
  { cause: 'receiver-temporary-error', pattern: /service temporarily unavailable/i, note: 'Email Security.cloud 421' },
  { cause: 'reputation-block', pattern: /message filtered\. refer to the troubleshooting page/i, reason: 'spamdetected', note: 'Email Security.cloud 553 5.7.1' },
  // Comcast / GMX / Orange / others
  { cause: 'ip-throttled', pattern: /\bRL0000\d\d\b/i, note: 'Comcast 451 4.2.0' },
  { cause: 'ptr-lookup-tempfail', pattern: /reverse DNS failure : try again later/i, note: 'Comcast 421' },
  { cause: 'dnsbl-listed', pattern: /\bBL0000\d\d\b/i, note: 'Comcast BL codes' },
  { cause: 'ip-throttled', when: 'temporary', pattern: /postmaster\.(?:gmx|web)\.(?:net|de|com)\//i, reason: 'badreputation', note: 'GMX/WEB.DE 421 (temporary refusal, retries recommended)' },
  { cause: 'dnsbl-listed', pattern: /IP address is block ?listed/i, note: 'GMX 554' },
  { cause: 'reputation-block', pattern: /reject due to policy restrictions/i, reason: 'policyviolation', note: 'GMX 554' },
  { cause: 'too-many-connections', pattern: /\b(?:OFR|LPN)\d*_104\b|too many connections, slow down/i, note: 'Orange 421 104' },
  { cause: 'receiver-temporary-error', pattern: /\b(?:OFR|LPN)\d*_(?:505|107)\b|service refus[ée]?e?, veuillez essayer plus tard|service refused, please try later/i, reason: 'systemerror', note: 'Orange/La Poste 421 505' },
  { cause: 'dnsbl-listed', pattern: /\bOFR\d*_102\b|\bLPN\d*_10[12]\b|adresse IP source bloquee pour incident de spam/i, note: 'Orange 550 102' },
  { cause: 'user-unknown', pattern: /\bOFR_?416\b|invalid recipient/i, note: 'Orange 550 416' },
  { cause: 'mailbox-full', pattern: /\bOFR_?417\b/i, note: 'Orange 552 417' },
  { cause: 'sender-rejected', pattern: /\bOFR\d*_405\b|emetteur invalide/i, note: 'Orange 501 5.1.0' },
  { cause: 'receiver-temporary-error', pattern: /temporary system error/i, note: 'Zoho 452 4.3.1' },
  { cause: 'recipient-rate-limit', pattern: /mailbox unavailable or access denied/i, providers: ['qq', 'tencent'], note: 'Tencent QQ 550' },
  { cause: 'sending-volume-block', pattern: /(?:IP|domain|sender|connection) frequency limited/i, reason: 'toomanyconn', note: 'Tencent QQ 550' },
  { cause: 'sending-volume-block', pattern: /AUP#[IO]?-?1(?:3[0-4]\d)/i, reason: 'toomanyconn', note: 'Spectrum AUP 1300-1340' },
  { cause: 'sending-volume-block', pattern: /AUP#[IO]?-?1(?:3[5-9]\d|4\d\d|5[48]0)/i, note: 'Spectrum AUP volume limits' },
  { cause: 'greylisting', pattern: /please try again later\. \(#id-5\.9\.4\)/i, note: 'ImprovMX 450 4.2.1' },
  { cause: 'reputation-block', pattern: /\[EAB\] 554 IP=|A problem occurred\. \(Ask your postmaster/i, reason: 'blocked', note: 'T-Online 450/554 (BL)' },
  // Greylisting (specific tools first, then the generic wordings)
  { cause: 'greylisting', pattern: /greylisted for \d+ (?:seconds|minutes)|greylisted, see http:\/\/postgrey|postgrey\.schweikert\.ch|greylisting in action|greylist(?:ed|ing)|is not yet authori[sz]ed to deliver mail from|try again later, closing connection/i, note: 'postgrey, milter-greylist, ZeroSpam, Barracuda, generic' },
  // DNS blocklists
  { cause: 'dnsbl-stale-sorbs', pattern: /dnsbl\.sorbs\.net|sorbs\.net\/lookup/i, note: 'SORBS (discontinued June 2024)' },
  { cause: 'dnsbl-listed', pattern: /blocked using (?:zen|sbl|xbl|pbl|sbl-xbl)\.spamhaus\.org|spamhaus\.org|spamcop\.net\/bl\.shtml|bl\.spamcop\.net|csi\.cloudmark\.com|Cloudmark Sender Intelligence/i, note: 'Spamhaus, SpamCop, Cloudmark CSI' },
  // The bare wording says too little for a coarse reason, though it behaves like greylisting.
  { cause: 'greylisting', when: 'temporary', pattern: /(?:please )?try (?:again )?later/i, reason: 'onhold', note: 'generic greylisting / deferral wording' },
  { cause: 'receiver-system-error', pattern: /server configuration error|temporary lookup failure|queue file write error/i, reason: 'systemerror', note: 'Postfix 451 4.3.0 / 4.3.5' },
  { cause: 'receiver-temporary-error', pattern: /temporary local problem - please try later/i, note: 'Exim 451' },
  // Expiry wrappers come last: the wrapped deferral text (above) names the real cause when present.
  { cause: 'message-expired', pattern: /QUEUE\.Expired|message expired|\[internal\] exceeded max time without delivery/i, note: 'EXO 550 4.4.7 / 5.4.300; MessageLabs 554 5.4.7' },
];

/** Reporters whose notices always mean one cause when nothing more specific is said. */
export const REPORTER_DEFAULT_CAUSES: Readonly<Record<string, string>> = {
  googlegroups: 'mailing-list-refused',
};

/**
 * Generic wordings used when no provider matcher applies, grouped by coarse reason. The order of
 * reasons in which they are tried lives in classify (mirrors how bounce analyzers break ties).
 */
export const GENERIC_MATCHERS: readonly TextMatcher[] = [
  // A server that finds itself as the next hop (its MX or a forward points back at it) is a loop the
  // reference files under a system error (reason-phrases.tsv), though the fix is the loop's.
  { cause: 'routing-loop', pattern: /loops back to myself|loop was found in the mail exchanger|it would create a mail loop|lowest numbered MX record points to local host/i, reason: 'systemerror', note: "Postfix 5.4.6, Sendmail 5.4.6, Sisimai SystemError; Exim's MX pointing at itself" },
  // mailboxfull
  // "Mailbox full" in the panel's other languages (Sisimai's French wording "boite du destinataire pleine" among them)
  { cause: 'mailbox-full', pattern: /(?:boite|boîte)(?: aux lettres)?(?: de réception| du destinataire)? (?:est )?pleine|postfach (?:ist )?voll|(?:buzon|buzón) (?:del destinatario )?(?:esta |está )?lleno|casella (?:di posta )?(?:è )?piena|caixa (?:postal |de correio )?(?:esta |está )?cheia|mailbox (?:van de ontvanger )?is vol|メールボックスがいっぱい|メールボックスの容量/i },
  // (Cyrillic apart: the trigram pre-filter reads no literal in it, so the Latin wordings keep their filter)
  { cause: 'mailbox-full', pattern: /ящик (?:получателя )?переполнен/i },
  // userunknown: "the address / recipient does not exist" (the lexicon's "address does not exist", "recipient
  // does not exist") in the panel's other languages, as translated notices and localized servers say it
  { cause: 'user-unknown', pattern: /(?:adresse|destinataire|utilisateur)[^.\n]{0,40}n'existe pas|(?:adresse|empfänger|benutzer|postfach)[^.\n]{0,40}existiert nicht|(?:dirección|direccion|destinatario|usuario|buzón)[^.\n]{0,40}no existe|(?:indirizzo|utente|casella)[^.\n]{0,40}non esiste|(?:endereço|destinatário|usuário|utilizador)[^.\n]{0,40}não existe|(?:adres|ontvanger|gebruiker)[^.\n]{0,40}bestaat niet|(?:adres|odbiorc|użytkownik|skrzynk)[^.\n]{0,40}nie istnieje|(?:アドレス|宛先|ユーザ)[^。\n]{0,20}存在し(?:ない|ません)|(?:地址|用户|邮箱|收件人)[^。\n]{0,10}不存在/i },
  { cause: 'user-unknown', pattern: /(?:адрес|получател|пользовател|ящик)[^.\n]{0,40}не существует/i },
  // Older servers count messages or disk space rather than a quota (Sun/Oracle Messaging Server, qpopper,
  // Exim's file-count quota, hMailServer): "too many messages stored", "disk space limit reached".
  { cause: 'mailbox-full', pattern: /mailbox (?:is )?full|mail ?folder (?:is )?full|mailbox full|over ?quota|quota exceeded|exceeded (?:the |its )?(?:storage|disk) (?:quota|allocation)|disk quota|storage quota|mailbox size limit|insufficient (?:disk )?space in mailbox|not enough storage space|number of messages in recipient's mailbox exceeded|recipient's mailbox is full|mailbox exceeds allowed size|user has exceeded|quota violation|full mailbox|too many messages (?:stored|on the server|in (?:the|this|that|your|his|her|their|my) (?:mailbox|inbox|folder|account))|message count (?:limit|quota|exceed)|disk space limit|storage limit (?:reached|exceeded)|mailbox size (?:limit )?exceeded|maximum mailbox size/i },
  // mesgtoobig
  { cause: 'message-too-big', pattern: /message (?:is )?too (?:big|large)|message size exceeds|exceeds (?:the )?(?:maximum )?(?:message )?size limit|size limit exceeded|mail size limit|message file too big|exceeded maximum (?:message )?size|too much mail data|line too long|line limit exceeded/i },
  // exceedlimit
  { cause: 'recipient-size-limit', pattern: /exceeds? (?:the )?limit set by recipient|message length exceeds administrative limit|exceeded the limit/i },
  // suspend
  { cause: 'account-disabled', pattern: /account (?:is |has been )?(?:disabled|suspended|deactivated|inactive|expired|blocked)|mailbox (?:is )?(?:temporarily )?(?:disabled|suspended|inactive|frozen)|disabled recipient|recipient (?:is )?(?:disabled|suspended|inactive)|user suspended|not an active address|mailbox currently suspended|inactive (?:user|account)|account disabled/i },
  { cause: 'mailbox-locked', pattern: /temporar(?:il)?y locked|mailbox (?:is )?(?:locked|busy|temporarily unavailable)/i },
  // hasmoved
  { cause: 'mailbox-moved', pattern: /has moved|no forwarding address|user not local|not our user|address (?:has )?changed/i },
  // norelaying
  { cause: 'relay-denied', pattern: /relay(?:ing)? (?:access )?denied|not (?:configured|permitted|allowed) to relay|unable to relay|relay not permitted|relaying (?:mail )?to [\w.-]+ (?:is )?not allowed|no relaying/i },
  // authfailure
  { cause: 'spf-fail', pattern: /\bSPF (?:check |validation |authentication |record |policy )?(?:fail|invalid|reject|error|softfail|did not pass|not pass|check)|sender policy framework|per it'?s SPF record/i },
  { cause: 'dkim-fail', pattern: /\bDKIM (?:signature |check |verification |validation |authentication |policy )?(?:verification |validation |check )?(?:fail|invalid|reject|not pass|missing|did not pass)|no (?:valid |passing )?DKIM signature/i },
  { cause: 'dmarc-fail', pattern: /\bDMARC\b|multiple authentication checks failed|unauthenticated e?mail/i },
  // userunknown
  // the same, as servers and gateways write it in the panel's other languages
  { cause: 'user-unknown', pattern: /utilisateur inconnu|destinataire inconnu|empfänger (?:ist )?unbekannt|benutzer (?:ist )?unbekannt|usuario desconocido|destinatario desconocido|utente sconosciuto|destinatario sconosciuto|usuário desconhecido|destinatário desconhecido|gebruiker onbekend/i },
  { cause: 'user-unknown', pattern: /пользователь не найден|нет такого пользователя/i },
  // a disabled account and a refused relay, in the same languages
  { cause: 'account-disabled', pattern: /compte (?:a été |est )?désactivé|konto (?:wurde |ist )?deaktiviert|cuenta (?:ha sido |está )?desactivada|account (?:è stato )?disattivato|conta (?:foi |está )?desativada/i },
  { cause: 'relay-denied', pattern: /relais (?:refusé|non autorisé)|relaying (?:verweigert|nicht erlaubt)|retransmisión denegada|retransmissão negada|inoltro (?:negato|non consentito)/i },
  { cause: 'user-unknown', pattern: /user unknown|unknown user|no such (?:local )?(?:user|mailbox|recipient|address|person)|user (?:does not|doesn't) exist|(?:mailbox|address|recipient|account|user) (?:does not|doesn't) exist|does not exist\.|(?:user|recipient|mailbox|address) not found|unknown (?:recipient|mailbox|address|local[- ]?part|e-?mail address)|recipient unknown|address unknown|invalid (?:recipient|mailbox|address)|not a valid (?:recipient|mailbox|user)|mailbox (?:is )?unavailable|mailbox not available|requested action not taken: mailbox unavailable|no mailbox here|bad recipient|recipient (?:address )?rejected: (?:invalid|unknown)|recipient not exist|user not exist|non-?existent (?:user|recipient)|not listed in (?:the )?(?:Domino )?Directory|recipient name is not recognized|the recipient (?:address )?is invalid|is not a known user|no account by that name|not in my (?:validrcptto|list of allowed rcpthosts)|recipient not ok|recipient address rejected\.(?!\S)|not listed in public Name & Address Book|no valid recipients|invalid final delivery userid/i },
  // filtered
  { cause: 'content-filtered', pattern: /message filtered|refused due to recipient preferences|rejected by (?:the )?(?:domain|content) filter|filtered by|header (?:check|rejected)/i },
  // requireptr
  { cause: 'no-ptr', pattern: /\b(?:no|missing|invalid|bad|generic|without (?:an? )?(?:valid )?)[ -]?(?:DNS )?PTR\b|\bPTR[ -]?(?:records?|lookup|check|query)\b|reverse (?:DNS|lookup|hostname)|\brDNS\b|name lookup failed|cannot resolve your (?:IP|address|hostname)|client ?name (?:lookup|resolution) fail|unknown client host|client host rejected: cannot find|no valid (?:sender )?(?:domain|hostname) for your IP|connections not accepted from servers without a valid|unverifi?(?:y)?able sending IP/i },
  // notcompliantrfc
  { cause: 'not-rfc-compliant', pattern: /not (?:RFC ?(?:5322|2822|822|5321)?[- ]?)?compliant|RFC ?(?:5322|2822) (?:violation|compliant)|duplicate header|multiple (?:From|Date|Subject|Message-ID) headers|multiple addresses in From|header (?:is )?malformed|malformed header/i },
  // badreputation
  { cause: 'reputation-block', pattern: /poor reputation|bad reputation|low reputation|reputation (?:is too low|block)|sender ?score/i },
  // contenterror
  { cause: 'content-error', pattern: /improper use of 8-bit data|8-?bit (?:data|characters) (?:in|not)|media (?:type )?(?:error|not supported)|invalid (?:MIME|character set)|conversion (?:required|failed)|message header (?:size|contains)/i },
  // rejected
  { cause: 'sender-rejected', pattern: /sender (?:address )?(?:rejected|refused|denied|blocked|invalid|unknown)|(?:from|sender) address (?:rejected|invalid|not allowed)|domain of sender|MAIL FROM (?:command )?(?:rejected|refused)|MAIL FROM:? ?<[^<>\s]*> (?:rejected|refused)|can't determine Purported Responsible Address|black ?listed (?:sender|address)|address that has been blacklisted|not a member of this (?:mailing )?list|you are not (?:allowed|authori[sz]ed|permitted) to (?:post|send)|send mail as|sender verify failed|invalid sender|bad sender|envelope sender|return path|unroutable sender/i },
  // hostunknown
  { cause: 'recipient-domain-unknown', pattern: /host (?:or domain name )?not found|(?:recipient )?domain (?:name )?not found|no such domain|unknown (?:host|domain)|host unknown|domain (?:name )?(?:does not exist|unknown)|couldn't find any host|name or service not known|domain (?:is )?invalid|invalid domain|unrouteable (?:mail )?domain|unrouteable address|no mail ?(?:host|servers? (?:appear to exists?|(?:were )?found))|no MX for [a-z0-9-]+\.[a-z0-9.-]+|MX (?:record )?(?:lookup failed|not found)|host [a-z0-9.-]+ (?:could )?not (?:be )?found/i },
  // spamdetected
  { cause: 'spam-detected', pattern: /\bspam\b|\bUBE\b|\bUCE\b|junk mail|bulk mail|unsolicited|blacklisted content|message content rejected|blacklisted URL|\buribl\b|message (?:content )?scored|content looks like|suspected spam|spam detected/i },
  // speeding
  // one recipient's own limit, as policy daemons and hosts word it (Yahoo's and Yandex's "recipient has
  // exceeded message rate limit", Exchange's "per hour message receive limit" say the same)
  { cause: 'recipient-rate-limit', pattern: /too many (?:messages|mails?|e-?mails) (?:to|for) (?:this|the) (?:recipient|mailbox|user|address)|exceeded (?:its|the|their) (?:inbound|incoming|receiving) (?:message|mail|e-?mail) (?:rate )?limit/i },
  // "Too many messages" is a rate only with a time or a source ("per hour", "in a short period", "from
  // your IP"); "too many messages stored" is a full mailbox (above).
  { cause: 'ip-throttled', pattern: /rate limit|too fast|sending too (?:fast|quickly|much)|throttl|slow down|frequency|too many (?:messages|mails|emails) (?:per|this|in (?:a|the last|one)|within|from|sent|at once|too quickly)|exceeded (?:the )?(?:message )?rate|rate exceeded|receiving e?mail (?:too quickly|at a rate)/i },
  // toomanyconn
  { cause: 'too-many-connections', pattern: /too many (?:connections|sessions|concurrent|simultaneous)|connection (?:rate )?limit|concurrency limit|maximum (?:number of )?connections/i },
  // blocked
  { cause: 'dnsbl-listed', pattern: /blocked using|listed (?:on|in|at) (?:the |a |an )?(?:[\w.-]+ )?(?:DNSBL|RBL|blocklist|blacklist|block list|black list)|\b(?:DNSBL|RBL)\b|black ?list|block ?list/i },
  { cause: 'client-blocked', pattern: /client host (?:\[[\d.:a-f]+\] )?(?:rejected|blocked|refused)|\b(?:IP|host|client) (?:address )?(?:is |has been |was )?(?:blocked|refused|rejected|banned|denied)|\b(?:IP|host|client) (?:address )?\[?[\d.]+\]? (?:is |has been |was )?(?:blocked|refused|rejected|banned|denied)|invalid IP for sending|connection (?:refused|rejected) (?:from|by policy)|not accepting connections|\bblocked\b|your (?:IP|host|server) |\(BL\)|dynamic (?:IP|address)|residential|dial-?up|my name was rejected/i },
  // virusdetected
  { cause: 'virus-detected', pattern: /virus|malware|infected|dangerous attachment|trojan|banned attachment|executable attachment/i, except: VIRUS_SCAN_FOOTER },
  // policyviolation
  { cause: 'recipient-policy', pattern: /policy (?:violation|reasons|rejection|restrictions)|header error|denied by policy|not allowed by policy|by (?:local|domain|our) policy|violat(?:es|ion of) (?:our|local|the) (?:[\w-]+ )?(?:[\w-]+ )?polic|not accepted for policy|protocol violation|blocked because its content/i },
  // systemerror ("try again later" alone says too little: the greylisting matcher keeps it "onhold")
  { cause: 'receiver-temporary-error', pattern: /temporar(?:il)?y (?:unavailable|error|rejected|deferred)|service currently unavailable|local error|internal (?:server )?error|system (?:error|failure|problem)|server (?:error|failure|busy)|resources? (?:temporarily )?unavailable|service (?:temporarily )?(?:unavailable|not available)|could not load|transaction failed|duplicated message-id/i },
  // networkerror
  { cause: 'connection-refused', pattern: /connection refused|socket error code 10061/i },
  { cause: 'network-error', pattern: /connection (?:reset|closed|lost|dropped)|lost connection|broken pipe/i },
  { cause: 'connection-timed-out', pattern: /timed? ?out|timeout|no answer from|did not accept our requests to connect|not reachable/i },
  { cause: 'host-unreachable', pattern: /unable to connect|could not connect|couldn't connect|wasn't able to establish|failed to establish|unreachable|no route to host|host (?:is )?down|socket error|network (?:error|unreachable)/i },
  { cause: 'dns-lookup-failed', pattern: /DNS (?:error|lookup|failure|problem)|name server|nameserver|SERVFAIL|NXDOMAIN/i },
  // systemfull
  { cause: 'receiver-disk-full', pattern: /insufficient (?:system |disk )?(?:storage|space)|disk (?:is )?full|no space left|out of (?:disk )?space|system (?:is )?full/i },
  // notaccept
  { cause: 'domain-accepts-no-mail', pattern: /null MX|does(?:n't| not) (?:receive|accept) e?mail|not accepting (?:any )?e?mail(?! with)|no SMTP service|accepts no mail|couldn't find a mail exchanger|no mail exchanger/i },
  // expired
  { cause: 'message-expired', pattern: /(?:message|delivery|queue|envelope|time) (?:has )?expired|expired (?:after|in queue)|retry (?:time|period) exceeded|too long in (?:the )?queue|gave up|giving up|could not be delivered (?:within|for)|maximum (?:queue|delivery) time|failing for a long time|not going to try again|could not be delivered for \d+ (?:hours|days)|undeliverable for \d+ day|was aborted after \d|retry timeout exceeded|after multiple retries/i },
  // failedstarttls
  { cause: 'tls-failed', pattern: /STARTTLS (?:negotiation |handshake |command |session )?(?:fail|error|not (?:supported|available))|STARTTLS (?:is |was )?not (?:supported|available|offered)|TLS:? (?:handshake|negotiation) fail|cannot start TLS|certificate (?:verif|expired|invalid|mismatch)/i },
  // securityerror
  { cause: 'tls-required', pattern: /TLS (?:is )?required|must issue a STARTTLS|encryption (?:is )?required|requires? (?:a )?(?:secure|encrypted) connection/i },
  { cause: 'smtp-auth-failed', pattern: /turn on SMTP authentication|authentication (?:required|failed|unsuccessful)|auth(?:entication)? credentials invalid|unauthenticated senders? not allowed|login (?:failed|incorrect)|invalid credentials|must authenticate/i },
  // suppressed
  { cause: 'suppressed', pattern: /suppress(?:ed|ion) list|on (?:the |our )?suppression|(?:address|recipient) (?:is |was |has been )?suppressed|previously bounced|unsubscribed/i },
  // mailererror
  { cause: 'mailer-error', pattern: /mailer error|X-Unix;|pipe to (?:[\w/|.-]+ )?(?:[\w/|.-]+ )?failed|procmail|maildrop|command (?:died|failed|output)|exit (?:status|code) \d|local delivery failed/i },
  // syntaxerror
  { cause: 'protocol-error', pattern: /syntax error|command (?:not )?(?:recognized|unrecognized|not implemented)|bad sequence of commands|improper sequence of commands|malformed (?:address|command)|invalid command|unrecognized command/i },
];

/** Every regular expression in the knowledge base, for the ReDoS check. */
export function allPatterns(): RegExp[] {
  return [...PROVIDER_MATCHERS, ...GENERIC_MATCHERS].flatMap((m) => (m.except ? [m.pattern, m.except] : [m.pattern]));
}
