import type { AdviceStrings, CauseText } from './types';

/**
 * English. The plain layer is written for an office worker whose message bounced, the technical one
 * for the IT admin or e-mail provider they forward it to (see types.ts).
 */
export const ADVICE_STRINGS: AdviceStrings = {
  actors: {
    nobody: 'nobody',
    sender: 'you',
    'sender-admin': 'your IT admin or e-mail provider',
    recipient: 'the recipient',
    'recipient-admin': "the recipient's IT admin",
  },
  unknownAddress: 'the recipient',
  countOfRecipients: (count) => `${count} recipients`,
  headlineFinal: (happened, next) => `${happened} — ${next}, then send again`,
  headlineFixWhileRetrying: (happened, next) => `${happened} — ${next}. Don't resend.`,
  headlineWaiting: (address) => `Not delivered yet to ${address} — nothing to do`,
  headlineSeveralSame: (count, next) => `${count} recipients not reached — ${next}, then send again`,
  headlineSeveralDifferent: (count, problems) => `${count} recipients not reached, for ${problems} different reasons`,
  headlineNotBounce: 'Not a bounce',
  resendWhileWaiting: "Don't send it again: your mail server keeps trying by itself, and a second copy would arrive twice.",
  resendWhileFixing: "Don't send it again: once it is fixed, the copy still waiting on your mail server goes through.",
  resendAfterYourFix: 'Then send it again.',
  resendAfterTheirFix: (who) => `Send it again once ${who} has fixed it.`,
  resendLater: 'Send it again later, or reach them another way.',
  urgentAnotherWay: 'If it is urgent, reach them another way (phone, chat) in the meantime.',
  tellRecipient: 'Let the recipient know another way (phone, chat): they cannot get your e-mail about it.',
  stillRetrying: 'When this notice was written, the sending server was still retrying the message.',
  needsFixWhileRetrying: (who) => `This does not clear by waiting: every retry meets it again until ${who} fixes it.`,
  gaveUp: 'The sending server has stopped trying: this message was not delivered.',
};

/**
 * Per cause id (causes.ts), in the order of causes.ts. The plain fields never promise or forbid a resend:
 * the notice's state adds that (see ADVICE_STRINGS).
 */
export const CAUSE_TEXTS: Readonly<Record<string, CauseText>> = {
  // ── Rate limits and queues on the receiving side ─────────────────────────────────────────────
  'gmail-receiving-rate': {
    title: "Recipient's Gmail account is receiving mail too fast",
    happened: '{address} is getting too much mail right now',
    next: 'wait',
    youDo: ['If you send this person automated or bulk mail, send less often.'],
    resend: 'Send it again in an hour or two.',
    explanation:
      'Gmail limits how much mail one account may receive per minute, hour and day (450 4.2.1 ReceivingRate). This account is over that limit right now, often because some system forwards lots of mail into it, so Gmail asked the sending server to slow down and retry.',
    adminSteps: [
      'Let the sending server retry; do not raise retry frequency.',
      'If it keeps happening, the recipient should stop the flood (a noisy alert, a forwarding rule) or use a Google Group for high-volume mail.',
    ],
  },
  'gmail-receiving-rate-final': {
    title: "Recipient's Gmail account hit its receiving limit (message refused)",
    happened: "{address} has hit Gmail's limit for incoming mail",
    next: 'wait a day',
    youDo: [
      'Let the person know another way (phone, chat) that mail to them is being refused.',
      'If it happens again, tell them something is flooding their inbox (perhaps a forwarding rule), so they can stop it.',
    ],
    resend: "Send it again in about 24 hours: Gmail didn't keep this copy.",
    explanation:
      "Gmail refused the message outright (550 5.2.1, ReceivingRatePerm): the recipient's account reached its receiving limit (Google documents 60 messages a minute, 3,600 an hour, 86,400 a day). Google says such a lockout usually lasts about 24 hours. Gmail does not keep refused mail, so this message does not arrive by itself.",
    adminSteps: [
      'Nothing to fix on your side; the message can be sent again after about 24 hours.',
      "If it repeats, the recipient's account is being flooded (a forward or a mail bomb): the recipient or their admin must find and stop the source.",
    ],
  },
  'recipient-rate-limit': {
    title: 'Recipient is receiving mail too quickly',
    happened: '{address} is getting too much mail right now',
    next: 'wait',
    youDo: ['If you send this person many messages, spread them out.'],
    resend: 'Send it again in an hour or two.',
    explanation:
      'The recipient\'s mail provider limits how many messages one mailbox may receive in a short time, and this mailbox is over that limit (Yahoo 450, Yandex 450 4.2.1, Comcast 452, Exchange Online, iCloud, or the "receiving mail too quickly" wording other servers borrow, such as Postfix policy services). The sending server was asked to come back later. Some providers (Tencent QQ) refuse with a 550 although the condition is temporary.',
    adminSteps: [
      'Nothing to fix on your side; normal retries are enough.',
      'If you send many messages to this address (notifications, bulk mail), spread them out. If it keeps happening, the recipient should find what floods their mailbox.',
    ],
  },
  'recipient-hourly-limit': {
    title: 'Recipient got too many messages this hour (message refused)',
    happened: '{address} got too many messages this hour',
    next: 'wait an hour or two',
    youDo: ['If a program or app sends mail to this address, make it send fewer messages per hour.'],
    resend: 'Send it again in an hour or two.',
    explanation:
      'The recipient\'s mailbox has received more messages this hour than its provider allows (Exchange Online 554 5.2.121 / 5.2.122; the Gmail-style "receiving mail at a rate that prevents additional messages" from other servers). The message was refused with a permanent code even though the condition is temporary, so it is not queued for later.',
    adminSteps: [
      'Nothing to fix on your side; the message can be sent again in an hour or two.',
      'If an application sends to this address, cap how many messages per hour it sends there.',
    ],
  },
  'org-queue-quota': {
    title: 'A Microsoft 365 organisation has too much mail queued',
    happened: 'Microsoft 365 is holding back mail for a while',
    next: 'wait',
    youDo: ['If it lasts for many hours, forward this to your IT admin or e-mail provider.'],
    explanation:
      "Microsoft 365 deferred the message (450 4.7.3, \"Organization queue quota exceeded\": Microsoft's own meaning, not IANA's security-conversion one) because too much of one organisation's mail is already waiting in Microsoft's queues, typically a storm of automatic or undeliverable messages. When your own mail goes out through Microsoft 365, that organisation is usually yours; otherwise it is the recipient's.",
    adminSteps: [
      'Usually nothing: later attempts get through once the backlog drains.',
      "If it lasts for many hours and your mail goes out through Microsoft 365, find the backlog in your tenant (a mail storm, a flood of undeliverable messages) or open a case with Microsoft; otherwise the recipient's admin must.",
    ],
  },
  'app-queue-quota': {
    title: 'Microsoft 365 is temporarily deferring mail (service queue quota)',
    happened: 'Microsoft 365 is holding back mail for a moment',
    next: 'wait',
    youDo: [],
    explanation:
      'Microsoft 365 deferred the message (450 4.7.9, application queue quota exceeded) while one of its internal queues was over its limit. Later attempts normally get through.',
    adminSteps: [
      'Nothing to do while it clears.',
      'If it keeps happening, the administrator of the Microsoft 365 organisation involved should open a case with Microsoft.',
    ],
  },
  'mailbox-thread-limit': {
    title: "Recipient's mailbox is receiving too many messages at once",
    happened: '{address} is receiving too many messages at once',
    next: 'wait',
    youDo: ['If it keeps happening, let the person know another way.'],
    explanation:
      'The recipient\'s mailbox server is throttling deliveries into this one mailbox because too many arrive at the same time (Exchange Online 432 4.3.2, "recipient thread limit exceeded").',
    adminSteps: [
      'Nothing to fix on your side; later attempts normally get through.',
      "If it keeps happening, the recipient's admin should look for what floods the mailbox (inbox rules, forwards, automated mail).",
    ],
  },
  'relay-peak-limit': {
    title: "Sending organisation exceeded Google's SMTP relay peak rate",
    happened: 'Your organisation is sending mail faster than Google allows',
    next: 'wait',
    youDo: ['If this happens often, forward this to your IT admin or e-mail provider.'],
    explanation:
      'The organisation sends through Google\'s SMTP relay (smtp-relay.gmail.com) faster than its peak allowance, so Google is pacing it (450 4.2.1, "Peak SMTP relay limit exceeded for customer"). Google calls this limit temporary: later attempts get through.',
    adminSteps: [
      'Nothing to do for this message.',
      'If it happens often, spread out bursts sent through smtp-relay.gmail.com (pace bulk jobs).',
    ],
  },
  'sender-quota-exceeded': {
    title: 'You reached your own sending limit',
    happened: 'You have reached your sending limit',
    next: 'wait until it resets',
    youDo: ['If you did not send that much mail, tell your IT admin or e-mail provider at once: someone may be using your account.'],
    resend: 'Send it again once the limit resets (usually within 24 hours).',
    explanation:
      'The sending account (or the organisation) has sent more messages or recipients in the period than the provider allows (Gmail 550 5.4.5 "Daily user sending limit exceeded", Exchange Online 5.1.90 daily recipient limit, Amazon SES daily quota or maximum send rate), so this message was not sent. The limit resets by itself, usually within 24 hours.',
    adminSteps: [
      'Check the account\'s sent mail: if the user did not send that much, treat the account as compromised (reset the password, revoke sessions and app passwords, remove unknown forwarding rules).',
      'If the volume is legitimate, send bulk mail through a service meant for it rather than a user mailbox.',
    ],
  },
  'ip-throttled': {
    title: 'Receiving server is slowing down your sending server',
    happened: "{address}'s provider is slowing down mail from your server",
    next: 'wait',
    youDo: ['If this happens often, forward this to your IT admin or e-mail provider.'],
    explanation:
      'The receiving provider limits how fast it accepts mail from the sending server, for example because the server suddenly sends much more than usual (Exchange Online 451 4.7.500-699 and 4.7.850-899, Yahoo 421, Mimecast 451, Comcast 451 4.2.0, GMX / WEB.DE 421, GoDaddy IB607). The sending server was asked to come back later.',
    adminSteps: [
      'Nothing to do for an occasional deferral: the normal retry schedule gets through.',
      'If such delays are frequent, lower the sending rate and the number of parallel connections to that provider, and avoid sudden jumps in volume.',
    ],
  },
  'gateway-rate-limit': {
    title: "Recipient's mail gateway is limiting your sending rate",
    happened: "{address}'s mail system is limiting how much mail it takes from you",
    next: 'wait',
    youDo: ['If it keeps happening, let the person know: their IT admin can mark your organisation as a trusted sender.'],
    explanation:
      "The recipient's mail gateway accepts only a limited amount of mail per hour from senders it does not know well (Cisco Secure Email host access table flow control; Rambler 452 4.5.3), and the sending server reached that limit for now.",
    adminSteps: [
      'Nothing to fix on your side; later attempts normally get through.',
      "If it keeps happening, ask the recipient's admin to move your sending server to a trusted sender group on their gateway.",
    ],
  },
  'too-many-connections': {
    title: 'Too many simultaneous connections from your sending server',
    happened: 'Your mail server tried to deliver too much at once',
    next: 'wait',
    youDo: ['If this happens often, forward this to your IT admin or e-mail provider.'],
    explanation:
      'The sending server opened more simultaneous connections than the receiving server allows (Exchange Online 421 4.3.2, Comcast, Orange 421 104, Mimecast 451). The extra connections were turned away; later attempts normally get through.',
    adminSteps: [
      'Nothing to do for an occasional deferral.',
      "If it keeps happening, reduce concurrent connections to that destination (the MTA's per-destination concurrency limit).",
    ],
  },
  'too-many-recipients': {
    title: 'Too many recipients in one delivery attempt',
    happened: 'Your message had too many recipients for one delivery',
    next: 'split the recipients into smaller groups',
    youDo: [],
    resend: 'Send it again to smaller groups of recipients.',
    explanation:
      'The receiving server accepts only a limited number of recipients per transaction (452 4.5.3; Gmail "Domain policy size per transaction exceeded", Exchange Online, Mimecast, Cisco). A compliant sending server delivers the remaining recipients in a further transaction; RFC 5321 treats this as temporary even when it comes as a 552.',
    adminSteps: [
      'Usually nothing: a compliant server sends the remaining recipients in another transaction.',
      'If it failed for good, check that the sending server or application handles 452 by retrying the remaining recipients, or cap recipients per transaction.',
    ],
  },
  'gateway-deferral': {
    title: "Recipient's filtering gateway deferred the message",
    happened: "{address}'s mail filter turned your message away for now",
    next: 'wait',
    youDo: ['If it lasts a day or more, forward this to your IT admin or e-mail provider.'],
    explanation:
      "The recipient's e-mail security gateway (for example Broadcom Email Security.cloud, formerly MessageLabs, with a 450) aborted the delivery for now. Such deferrals are used for connection throttling or reputation checks.",
    adminSteps: [
      'Nothing to do for a short deferral.',
      "If it persists for a day or more, check the sending IP address's reputation and volume.",
    ],
  },
  greylisting: {
    title: 'Greylisting: the recipient server asked to try again later',
    happened: "{address}'s mail server asked yours to try again later",
    next: 'wait',
    youDo: [],
    explanation:
      'The receiving server greylists: it refuses the first attempt from an unknown sender with a temporary code (usually 451 4.7.1) and accepts the retry a few minutes later. Well-behaved servers retry by themselves; spam software usually does not.',
    adminSteps: [
      'Nothing to do unless it keeps failing for hours: then the sending server does not retry correctly (or retries from a different IP address each time).',
      "If your server retries correctly and it never clears, ask the recipient's admin to allowlist your sending server.",
    ],
  },
  'mimecast-greylisting': {
    title: 'Mimecast greylisting / temporary resource limit',
    happened: "{address}'s mail filter asked your mail server to try again later",
    next: 'wait',
    youDo: [],
    explanation:
      "The recipient's Mimecast service deferred the message (451) and asked the sending server to come back later. Mimecast expects a retry between one minute and twelve hours; it is mostly greylisting, sometimes a reputation check or a temporary resource limit.",
    adminSteps: [
      'Make sure the sending server retries within that window (one minute to twelve hours).',
      "If it never clears, ask the recipient's admin to add a permitted-senders or auto-allow policy for you in Mimecast.",
    ],
  },
  'multi-domain-transaction': {
    title: 'Recipients of several domains were sent in one transfer',
    happened: "Your mail server bundled recipients in a way Gmail doesn't accept",
    next: 'wait',
    youDo: ['If it keeps happening, forward this to your IT admin or e-mail provider.'],
    explanation:
      'The sending server tried to deliver to recipients of different domains in one SMTP transaction, which Gmail does not support (451 4.3.0, "Multiple destination domains per transaction is unsupported"). Sending servers normally deliver one domain at a time when asked to.',
    adminSteps: [
      'Usually nothing: a compliant server delivers one domain per transaction on the next attempt.',
      'If it keeps happening, configure the server or application to send one recipient domain per transaction.',
    ],
  },
  'recipient-limit-per-message': {
    title: 'Too many recipients in one message',
    happened: 'Your message has too many recipients',
    next: 'split the recipients into smaller groups',
    youDo: [
      'Split the recipients into smaller groups, or use a mailing list.',
      'If a program or server sent it, forward this to your IT admin or e-mail provider.',
    ],
    resend: 'Send it again to the smaller groups.',
    resendWhileRetrying: 'The copy your mail server is still trying will not get through as it is: send it again to the smaller groups.',
    explanation:
      'The receiving provider accepts only a limited number of recipients per message (452 4.5.3, "Your message has too many recipients"; for example 200 per domain at Microsoft 365), and this message had more. Retrying the same message does not help: the sending side has to split it.',
    adminSteps: [
      'If a program or server sent it, make it split large recipient lists automatically (or send through a mailing list).',
      'People sending by hand split the list into smaller groups.',
    ],
  },
  'recipient-refuses-sender': {
    title: "The recipient's settings refuse mail from your address",
    happened: "{address}'s settings don't accept mail from you",
    next: 'ask them to allow your address',
    youDo: [
      'Contact the person another way and ask them to allow your address in their mail settings.',
      'Their address itself may be fine, even if the notice calls it unknown.',
    ],
    resend: 'Send it again once they confirm.',
    explanation:
      'The recipient\'s own reception settings accept only chosen senders, or block your address or domain; common with Japanese mobile carriers\' reception filters (NTT docomo 550 after DATA). The address itself may be fine even though the reply says "unknown user".',
    adminSteps: [
      'Nothing to fix on your side.',
      'The recipient must allow your address or domain in their reception settings. Do not remove the address from lists on the strength of "unknown user" alone.',
    ],
  },
  'blocked-by-recipient': {
    title: 'The recipient has blocked your sending server',
    happened: "{address}'s organisation has blocked your mail server",
    next: 'ask them to unblock you',
    youDo: ['Contact the person another way and ask them to unblock you (their IT admin may have to do it).'],
    resend: 'Send it again once they confirm.',
    explanation:
      "The recipient's organisation chose to refuse mail from the sending server's address (Exchange Online 550 5.7.507).",
    adminSteps: [
      'Nothing to fix on your side.',
      "The recipient's admin must remove your sending IP address from their block list; reach them through the recipient.",
    ],
  },
  'sending-volume-block': {
    title: 'Your sending server sent too much, too fast, and is being refused',
    happened: 'Your mail server is being turned away for sending too much',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    resend: 'Send it again later, once your IT admin or e-mail provider has fixed it.',
    explanation:
      "The receiving provider refuses mail from the sending server (or its address range) because it exceeded the provider's volume or connection limits (Exchange Online 550 5.7.508, Tencent QQ 550, Spectrum AUP codes). The block lifts once the rate drops, but the sending side has to slow down.",
    adminSteps: [
      'Reduce the sending rate and the number of parallel connections to this provider.',
      'Find what drove the volume (a bulk job, an automated process) before sending there again.',
    ],
  },
  'own-account-blocked': {
    title: 'Your own mail account is blocked from sending',
    happened: 'Your account is blocked from sending mail',
    next: 'ask your IT admin to unblock it',
    youDo: [
      'Ask your IT admin or e-mail provider to turn sending back on for your account.',
      'If they mention unusual activity, change your password and look for forwarding rules or apps you did not set up.',
    ],
    resend: 'Send it again once sending works.',
    explanation:
      'The provider or the organisation\'s admin has stopped this account from sending: it was disabled (X.7.13 "user account disabled", RFC 7372, returned after a successful sign-in), or unusual activity was seen, common on new accounts or after a password leak (Zoho 550 5.4.6).',
    adminSteps: [
      "Find out why the account was blocked (admin console or the provider's support) and turn sending back on.",
      'If unusual activity was the reason, secure the account first: reset the password, revoke sessions and app passwords, remove unknown forwarding rules and apps.',
    ],
  },
  // ── Reputation and blocklists ────────────────────────────────────────────────────────────────
  'reputation-deferral': {
    title: "Deferred because of the sending server's or domain's reputation",
    happened: "{address}'s provider is holding back mail from your server",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The receiving provider is deferring mail from the sending IP address or domain because of its reputation: complaints, unexpected volume, spam-like mail (Gmail 421 4.7.0 / 4.7.28, Outlook.com 451 4.7.650 and 421 RP-001/002/003, Yahoo 421 4.7.0 [TSS04] / [TSS11], Proofpoint 421 4.7.0). Although the code is temporary, waiting alone does not fix it: it repeats until the sending side improves, and retrying harder makes it worse.',
    adminSteps: [
      'Check the sending IP and domain reputation (Google Postmaster Tools, Microsoft SNDS), and slow down.',
      'Stop mailing people who did not ask for mail, and make sure SPF, DKIM and DMARC are set up for the domain.',
      'Do not raise the retry rate: more attempts make the reputation worse.',
    ],
  },
  'reputation-block': {
    title: "Refused because of the sending server's reputation",
    happened: "{address}'s provider is refusing mail from your server",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can get the block lifted.'],
    resend: 'Send it again once your IT admin or e-mail provider confirms the block is lifted.',
    explanation:
      "The receiving provider refuses mail from the sending IP address or network because of its reputation (Gmail 550 5.7.28, Outlook.com SC/OU codes and S3150, Yahoo [TS03], Mimecast 550, Cisco Secure Email 554, Email Security.cloud 553 5.7.1, GMX 554, T-Online BL). Retrying does not succeed while the block lasts (Yahoo says so for [TS03], [TSS09], [TSS11]): a copy still queued only expires. It cannot be fixed from the mail program.",
    adminSteps: [
      "Look up the sending IP on the provider's postmaster pages and follow its delisting or review procedure.",
      'Fix what hurt the reputation (unwanted bulk mail, a compromised account) first, or the block returns.',
    ],
  },
  'ip-banned': {
    title: "Sending IP address is on the provider's own block list",
    happened: "{address}'s provider has blocked your mail server",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can ask for the block to be removed.'],
    resend: 'Send it again once your IT admin or e-mail provider confirms the block is removed.',
    explanation:
      'The receiving provider has put the sending IP address on its own block list and refuses all mail from it (Exchange Online 5.7.511 "banned sender" and 5.7.606-649; Outlook.com "Blocklist 1/2").',
    adminSteps: [
      'Request removal through the provider\'s delisting procedure: for Microsoft, https://sender.office.com, or write to delist@messaging.microsoft.com when the notice names it (as for "banned sender" and "Blocklist 1/2").',
      'Find and stop what got the address listed, or it is listed again.',
    ],
  },
  'dnsbl-listed': {
    title: 'Your sending server is on a public blocklist',
    happened: 'Your mail server is on a spam blocklist',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can get the listing removed.'],
    explanation:
      'The receiving server checked the sending IP address against a DNS blocklist (DNSBL, such as Spamhaus, SpamCop, Barracuda or Cloudmark) and found it listed, so it refused the message. Listings follow spam seen from that address, or mark home or dynamic addresses that should not send mail directly. The listing blocks your mail at every receiver that uses that list, not only this one.',
    adminSteps: [
      'Look up the sending IP address on the list named in the refusal (https://check.spamhaus.org, https://www.barracudacentral.org, https://www.spamcop.net, https://csi.cloudmark.com) and follow its removal procedure.',
      'Find and stop the cause first (a compromised account, an open relay, a bulk sender on a shared IP), or the listing returns.',
      "If the address is a home or dynamic one, send through your provider's mail server instead.",
    ],
  },
  'dnsbl-stale-sorbs': {
    title: 'Receiver still checks the discontinued SORBS blocklist',
    happened: "{address}'s mail server turned you away using an outdated spam list",
    next: 'let them know',
    youDo: [
      'Let the person know another way that their mail server refused your message.',
      'Tell them their IT admin should remove SORBS, a spam list that closed in 2024, from the server settings.',
    ],
    resend: 'Send it again once they confirm.',
    explanation:
      'The receiving server refused the message citing SORBS, a DNS blocklist that was shut down in June 2024. Nobody can be delisted from it any more; the receiving server uses an outdated configuration.',
    adminSteps: [
      'Nothing to fix on your side: there is no SORBS delisting any more.',
      "The recipient's admin must remove SORBS from the server's blocklist settings; reach them through the recipient.",
    ],
  },
  'dynamic-ip-direct': {
    title: 'Your sending address may not deliver directly to this provider',
    happened: "{address}'s provider won't take mail sent straight from your connection",
    next: 'forward this to your IT admin',
    youDo: [
      'Forward this notice to your IT admin or e-mail provider.',
      'If a device or program sent it (a printer, a website, a home server), tell whoever set it up: it must send through your e-mail provider.',
    ],
    explanation:
      'Mail came straight from an IP address that looks like a home or dynamic connection (Gmail 550 5.7.1 "not authorized to send email directly to our servers", Outlook.com DY-001 / DY-002, Comcast ES codes). Big providers only accept mail from such addresses through the internet provider\'s or e-mail service\'s own mail server.',
    adminSteps: ["Configure the sending server or device to send through your internet provider's or e-mail service's relay (smarthost) instead of delivering directly."],
  },
  'client-blocked': {
    title: 'The receiving server refused your sending server',
    happened: "{address}'s mail server is refusing your mail server",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: they can find out why.'],
    explanation:
      'The receiving server refused the connection from the sending server itself (its IP address or its host name), before looking at the message.',
    adminSteps: [
      'Check whether the sending IP is on a blocklist, and whether its reverse DNS (PTR) and HELO name are correct.',
      "If everything is in order, ask the recipient's admin (through the recipient) why your server is refused.",
    ],
  },
  'bad-helo': {
    title: 'Your sending server introduced itself with a wrong name',
    happened: 'Your mail server introduced itself with a wrong name',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The sending server greeted the receiving server with a HELO/EHLO name that is invalid or claims to be the receiver (Exchange Online 550 5.7.506). Receivers refuse such connections.',
    adminSteps: [
      "Set the server's HELO name to its own fully-qualified name (e.g. mail.example.com).",
      'Give that name matching DNS: an A (or AAAA) record for the sending IP and a PTR record that points back to the name.',
    ],
  },
  // ── DNS of the sending side ─────────────────────────────────────────────────────────────────
  'no-ptr': {
    title: 'Your sending server has no valid reverse DNS (PTR) record',
    happened: 'Your mail server is being turned away',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "The receiving server looked up the name behind the sending IP address (its reverse DNS, PTR record) and found none, or found a name that does not resolve back to the same address (no forward-confirmed reverse DNS). Many servers refuse or defer such mail (Gmail 421 4.7.0 / 451 4.7.23 / 5.7.25, GMX, Comcast, Postfix reject_unknown_client_hostname); even when the code is 4xx it repeats until the DNS is fixed.",
    adminSteps: [
      'Ask whoever owns the sending IP address (usually the hosting or internet provider) to publish a PTR record for it.',
      'Make the PTR name resolve back to the same address (an A or AAAA record), and use that name in HELO/EHLO.',
    ],
  },
  'ptr-lookup-tempfail': {
    title: 'Reverse DNS lookup of the sending server failed temporarily',
    happened: "{address}'s mail server couldn't check your mail server just now",
    next: 'wait',
    youDo: ['If it keeps happening, forward this to your IT admin or e-mail provider.'],
    explanation:
      "The receiving server could not look up the sending server's reverse DNS just now: a DNS error, not a missing record (Comcast 421).",
    adminSteps: [
      'Nothing to do for a one-off.',
      "If it persists, check that the PTR record of the sending IP resolves reliably (the reverse zone's name servers answer without timeouts).",
    ],
  },
  'sender-domain-not-found': {
    title: 'Your sender domain cannot be found in DNS',
    happened: "The part after the @ in your own address can't be found",
    next: 'forward this to your IT admin',
    youDo: [
      'Check your own e-mail address in your mail program for typos.',
      'If it is right, forward this notice to your IT admin or e-mail provider.',
    ],
    explanation:
      'The receiving server checked the domain of the sender address and could not find it in DNS (no MX or A record), so it could not return replies or bounces (X.1.8; Postfix 450 4.1.8, Yahoo 451 / 554). Postfix uses a temporary code for this so a DNS hiccup loses no mail, but if the domain really does not resolve it repeats until fixed.',
    adminSteps: [
      'Give the sender domain working DNS: an MX or A record, and for Yahoo also an SOA record.',
      'Check the sender address configured in the sending program or device for typos.',
    ],
  },
  'sender-null-mx': {
    title: 'Your sender domain says it accepts no mail (null MX)',
    happened: "Your address is refused because it can't receive replies",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The sender domain publishes a "null MX" record (RFC 7505), declaring that it receives no mail. Receivers refuse mail from it (X.7.27) because bounces could not be returned.',
    adminSteps: ['Send from a domain that can receive mail, or replace the null MX with a real MX record.'],
  },
  // ── Authentication (SPF / DKIM / DMARC) ─────────────────────────────────────────────────────
  'dmarc-temp-dns': {
    title: 'Authentication could not be checked because of a temporary DNS failure',
    happened: "{address}'s mail server couldn't check where your mail comes from just now",
    next: 'wait',
    youDo: ['If it keeps happening, forward this to your IT admin or e-mail provider.'],
    explanation:
      'The receiving server wanted to check the sender domain\'s SPF, DKIM or DMARC records but the DNS lookups failed for the moment (Gmail 451 4.7.26 "temporary DNS failures prevent authentication", Cisco 451 4.4.3). This usually clears on a later attempt.',
    adminSteps: [
      'Nothing to do for a one-off.',
      "If it keeps happening, check that your domain's DNS servers answer reliably for the SPF, DKIM and DMARC records.",
    ],
  },
  'auth-required': {
    title: 'Your mail is not authenticated (SPF or DKIM missing)',
    happened: "{address}'s provider couldn't confirm the message is really from you",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The receiving provider requires proof that mail really comes from the sender\'s domain: SPF (a list of servers allowed to send for it) or DKIM (a cryptographic signature). Neither passed (Gmail 421 4.7.26 and 550 5.7.1 "does not have authentication information", Exchange Online 450 4.7.26, Yahoo 550 5.7.9). Until the domain\'s records are set up, the mail is slowed down or refused.',
    adminSteps: [
      'Publish an SPF record listing every server that sends for the domain.',
      'Turn on DKIM signing and publish the DKIM public key.',
      'For bulk mail, also publish a DMARC record.',
    ],
  },
  'spf-fail': {
    title: 'SPF check failed for your domain',
    happened: "Your message came from a server your organisation hasn't approved",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "The domain's SPF record lists the servers allowed to send its mail, and the server that sent this message is not on it, or the record is broken (X.7.23 / X.7.24; Gmail 550 5.7.27 and 4.7.27, Exchange Online 5.7.23, GMX, Mimecast).",
    adminSteps: [
      "Add the sending server's IP address (or the e-mail service's include) to the SPF record.",
      'Fix any syntax errors, and keep the record within the limit of 10 DNS lookups (RFC 7208).',
    ],
  },
  'spf-suspicious': {
    title: "Your domain's SPF record contains suspicious entries",
    happened: "Gmail doesn't trust your organisation's list of approved mail servers",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "Gmail found entries in the domain's SPF record that it considers suspicious (for example overly broad ranges) and limits mail until the record is cleaned up (451 4.7.24).",
    adminSteps: ['Remove overly broad or unneeded entries from the SPF record, keeping only the real sending servers.'],
  },
  'dkim-fail': {
    title: 'DKIM signature missing or not valid',
    happened: "Your message lacked the digital seal {address}'s provider requires",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The receiving provider requires a valid DKIM signature (a cryptographic seal proving the message comes from the domain) and this message had none that passed (X.7.20-X.7.22; Gmail 550 5.7.30 and 421 4.7.30 in Google\'s own meaning; Mimecast "DKIM Sender Invalid").',
    adminSteps: [
      'Enable DKIM signing on the sending server or service.',
      'Publish the public key in DNS under the selector it signs with, and check that a test message passes.',
    ],
  },
  'dmarc-fail': {
    title: "Failed your domain's DMARC check",
    happened: "Your message failed a check that it's really from your organisation",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "DMARC checks that the domain in the From line is the one that passed SPF or DKIM. This message failed that check, or its From domain was not aligned with the domain that passed (X.7.26; Gmail 4.7.32 / 5.7.32, Exchange Online 5.7.509, Proofpoint, Zoho, Mimecast, iCloud [HME1]). Receivers refuse or slow down such mail, and the From domain's own DMARC policy can ask them to reject it.",
    adminSteps: [
      'Make sure the sending server passes SPF or DKIM for the same domain as the From address.',
      'If a service sends on your behalf, it must sign with your domain (DKIM) or be in your SPF record.',
    ],
  },
  'dmarc-missing': {
    title: 'Your domain has no DMARC record',
    happened: "Your organisation lacks a setting {address}'s provider requires",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The receiving provider requires bulk senders to publish a DMARC policy for their domain, and this domain has none (Gmail 421 4.7.40 / 550 5.7.40).',
    adminSteps: ['Publish a DMARC record for the domain (a monitoring policy p=none is enough to start).'],
  },
  'bulk-auth-required': {
    title: 'High-volume sender without full SPF, DKIM and DMARC',
    happened: 'Your organisation sends a lot of mail without the checks Outlook.com requires',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'Outlook.com requires domains that send more than about 5,000 messages a day to pass SPF, DKIM and DMARC; this domain does not (550 5.7.515).',
    adminSteps: ['Publish SPF, DKIM and DMARC for the sending domain; then the message can be sent again.'],
  },
  // ── TLS and submission ─────────────────────────────────────────────────────────────────────
  'tls-required': {
    title: 'Receiver requires an encrypted (TLS) connection',
    happened: "{address}'s mail server only accepts encrypted mail",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The receiving domain only accepts mail sent over an encrypted connection (STARTTLS), and the sending server did not use one (X.7.10; Gmail 421 4.7.0 "TLS required for RCPT domain", 4.7.29 / 5.7.29 in Google\'s own meaning).',
    adminSteps: ['Enable STARTTLS for outgoing mail on the sending server, and check that it succeeds with this domain.'],
  },
  'tls-failed': {
    title: "Secure connection to the recipient's server failed",
    happened: "A secure connection to {address}'s mail server couldn't be made",
    next: 'let them know',
    youDo: ["Let the person know another way: their mail server's security setup stops secure delivery."],
    explanation:
      "The sending server insisted on a verified encrypted connection (DANE, MTA-STS or REQUIRETLS, X.7.30), but the recipient's server could not provide one: no STARTTLS, an expired or mismatched certificate, or broken TLSA/DNSSEC records (Exchange Online 5.7.321-325).",
    adminSteps: [
      'Nothing to fix on your side.',
      "The recipient's admin must fix the certificate, STARTTLS, or the TLSA/DNSSEC records; reach them through the recipient.",
    ],
  },
  'tls-required-by-sender': {
    title: "Your server requires encryption the recipient's server does not offer",
    happened: "Your mail server won't deliver to {address} without encryption",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: they decide whether the rule is right.'],
    resend: "Send it again once your IT admin or the recipient's side has changed the setup.",
    explanation:
      "The sending server is set to deliver to this domain only over an encrypted connection (Postfix smtp_tls_security_level encrypt, dane or verify; a TLS policy entry, MTA-STS or DANE), and the recipient's server did not offer one (no STARTTLS, or it would not start it). The recipient's server refused nothing: the sending side held the message back.",
    adminSteps: [
      'Check whether the rule that demands TLS for this domain is intended (a TLS policy entry, MTA-STS or DANE).',
      "If it is, the recipient's admin must turn on STARTTLS; tell them through the recipient. If it is not, relax the rule for this domain.",
    ],
  },
  'smtp-auth-failed': {
    title: 'Your mail program could not log in to the sending server',
    happened: "Your mail program couldn't sign in to send mail",
    next: 'check your password',
    youDo: [
      'Check the user name and password (or app password) set up in your mail program or device.',
      'If it still fails, ask your IT admin or e-mail provider whether your account may send from this program.',
    ],
    resend: 'If there were many attempts, wait a few minutes, then send it again.',
    explanation:
      'The server the message was submitted to refused the login of the mail program or device: a wrong password, too many attempts, or a sign-in method that is not allowed (535 / X.7.8 invalid credentials, 530 authentication required, X.7.9 mechanism too weak, Gmail 454 4.7.0 "too many login attempts").',
    adminSteps: [
      'Check that SMTP sign-in (SMTP AUTH) is allowed for the account and that the program uses a permitted method (an app password or OAuth where basic sign-in is turned off).',
      'After too many failed attempts, wait a few minutes before testing again.',
    ],
  },
  'security-policy': {
    title: 'Refused for a security or policy reason',
    happened: "{address}'s mail server refused your message for a security reason",
    next: 'forward this to your IT admin',
    youDo: ["Forward this notice to your IT admin or e-mail provider: the server's own words in it may say more."],
    explanation:
      "The receiving server refused the message for a security or policy reason without saying exactly which one (X.7.0, X.7.1 and other X.7.x codes). The server's own words in the details are the best hint: authentication, reputation or content.",
    adminSteps: [
      "Read the server's words in the details for a hint (authentication, reputation, content).",
      "Check SPF, DKIM, DMARC and the sending IP's reputation.",
      "If all is in order, ask the recipient's admin (through the recipient) why your mail is refused.",
    ],
  },
  // ── Policy at the recipient ────────────────────────────────────────────────────────────────
  'recipient-policy': {
    title: "Blocked by a rule of the recipient's organisation",
    happened: "A rule at {address}'s organisation blocks your message",
    next: 'let them know',
    youDo: [
      'Let the person know another way that mail from you is refused.',
      "Ask them to have their IT admin (or the group's owner) allow your address.",
    ],
    resend: 'Send it again once they confirm.',
    explanation:
      "A rule set by the recipient's organisation refused the message: for example the address or group only accepts mail from inside the organisation or from listed senders, or your address or server is on their own block list (Exchange Online 550 5.7.1 \"Delivery not authorized\", 5.7.12x, 5.7.124, 5.7.513; Gmail gcdp; Mimecast, Trend Micro, Zoho, Barracuda). Only their side can change it.",
    adminSteps: [
      'Nothing to fix on your side.',
      "The recipient's admin (or the group's owner) must allow your address or server, for example by letting the group accept outside senders or by removing you from their block list.",
    ],
  },
  'recipient-allowlist-only': {
    title: "Recipient's domain only accepts mail from approved servers",
    happened: "{address}'s organisation only accepts mail from servers it has approved",
    next: 'let them know',
    youDo: ['Let the person know another way: their IT admin must allow mail from your organisation.'],
    explanation:
      'The recipient\'s Google Workspace domain only accepts mail from a list of approved servers (Gmail 421 4.7.0 "IP not in whitelist for RCPT domain"), typically because all its mail should arrive through a filtering gateway, and the sending server is not on it.',
    adminSteps: [
      "Check that your server delivers to the recipient domain's published MX servers, not straight to Google.",
      "If it does, the recipient's admin must allow your server's IP address or fix their inbound gateway settings.",
    ],
  },
  'external-forwarding-blocked': {
    title: 'Automatic forwarding to outside addresses is not allowed',
    happened: 'Automatic forwarding to an outside address was blocked',
    next: 'forward this to your IT admin',
    youDo: ['If you set up automatic forwarding to an outside address, remove it or ask your IT admin or e-mail provider to allow it.'],
    resend: 'If the outside address still needs this message, forward it by hand.',
    explanation:
      "The message was being forwarded automatically to an outside address, and the forwarding organisation's Microsoft 365 outbound spam policy forbids automatic external forwarding (Exchange Online 550 5.7.1).",
    adminSteps: [
      'If this mailbox may forward outside, allow automatic external forwarding for it in the outbound spam policy (a policy scoped to that mailbox).',
      'If not, remove the forwarding rule from the mailbox.',
    ],
  },
  'unregistered-sender-domain': {
    title: 'Sending from a domain your organisation has not registered',
    happened: "Microsoft 365 blocked mail from an address your organisation hasn't registered",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The Microsoft 365 organisation sent mail from a domain it has not added and verified, so Microsoft blocked it (Exchange Online 550 5.7.750).',
    adminSteps: ['Add and verify every domain used for sending in Microsoft 365 (accepted domains), or send from a domain that is already verified.'],
  },
  'sender-account-blocked': {
    title: 'Your sending account is blocked for suspicious activity',
    happened: 'Your account was blocked from sending because of unusual activity',
    next: 'forward this to your IT admin',
    youDo: [
      'Change your password and look for forwarding rules or apps you did not set up.',
      'Forward this notice to your IT admin or e-mail provider: they ask for the block to be lifted.',
    ],
    resend: 'Send it again once sending works again.',
    explanation:
      'The mail service blocked the account (or the organisation) from sending because it saw spam-like or unusual activity (Exchange Online 5.7.501-503, 5.1.8, 5.7.7xx; Zoho). This often means the account was compromised.',
    adminSteps: [
      'Secure the account first: reset the password, revoke sessions, remove unknown forwarding rules and apps.',
      'Then request the unblock from the provider (Microsoft, Zoho …), as its notice or admin portal describes.',
    ],
  },
  'duplicate-message-id': {
    title: 'Too many messages with the same Message-ID',
    happened: 'The software that sent your message gives many messages the same ID',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider, or to whoever runs the program that sent it.'],
    explanation:
      'The same Message-ID was reused for many messages (Gmail 421 4.7.28); receivers expect each message to have a unique one.',
    adminSteps: ['Make the sending software generate a unique Message-ID for every message.'],
  },
  'blocked-attachment': {
    title: 'An attachment type the receiver does not accept',
    happened: "{address}'s provider doesn't accept one of your attachments",
    next: 'remove the file or share it as a link',
    youDo: [
      'Remove the attachment, or use another format (for example a PDF instead of a document with macros).',
      'For programs or zipped files, share them through a link (a cloud drive) instead of attaching them.',
    ],
    resend: 'Send it again without the blocked file.',
    explanation:
      'The receiving provider refuses certain kinds of attachments outright because they can carry malware: programs, scripts, some archives, documents with macros (Gmail 552 5.7.0; Cox; Amavis "banned file type"). Gmail blocks such file types whatever their content.',
    adminSteps: [
      "Nothing to fix on your side: the block is the receiver's policy.",
      'Where people need to exchange such files, use file-sharing links instead of attachments.',
    ],
  },
  'submission-unauthenticated': {
    title: 'A device or application sent mail without signing in',
    happened: 'A device or program tried to send mail without signing in',
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider, and say which device or program sent it (a printer, a scanner, an app).'],
    explanation:
      'A device or program (a printer, scanner or business application) handed the message to Microsoft 365 without signing in, and Microsoft 365 does not accept anonymous mail from it (Exchange Online 530 5.7.57).',
    adminSteps: [
      'Configure the device or program to sign in (SMTP AUTH client submission) with a licensed mailbox.',
      "Or set up direct send or a connector-based relay for it in Microsoft 365, as Microsoft's guide for multifunction devices describes.",
    ],
  },
  'send-as-denied': {
    title: 'You may not send as this sender address',
    happened: "Your account isn't allowed to send from the address you chose",
    next: 'use your own address',
    youDo: [
      'Switch the From address back to your own.',
      'If you should be able to send from that address, ask your IT admin or e-mail provider for permission.',
    ],
    resend: 'Send it again from your own address, or once you have the permission.',
    explanation:
      'The message went out with a From address the signed-in account may not use: another person, a shared mailbox or a group (Exchange Online 550 5.7.60 / 5.7.1).',
    adminSteps: ['If the user should send as that address, grant them the "Send As" permission on that mailbox or group; otherwise they send from their own address.'],
  },
  'ipv6-not-accepted': {
    title: 'The receiver does not accept mail over IPv6',
    happened: "Your mail server used a kind of connection {address}'s organisation doesn't accept",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      "The sending server connected to the recipient's Microsoft 365 domain over IPv6, which that domain does not accept (Exchange Online 550 5.7.510).",
    adminSteps: [
      'Send to this destination over IPv4.',
      "Or ask the recipient's admin to enable IPv6 inbound mail for their domain.",
    ],
  },
  'recipient-banned': {
    title: "The recipient's organisation refuses mail to this address",
    happened: '{address} is blocked from receiving mail',
    next: 'ask for another address',
    youDo: [
      'Ask the person another way for an address that receives mail.',
      'Remove this address from your contacts or lists.',
    ],
    resend: 'Send it again to an address that works.',
    explanation:
      "The recipient's organisation has barred this address from receiving mail: a closed or banned mailbox (Exchange Online 550 5.7.505).",
    adminSteps: ['Nothing to fix on your side.', 'Remove the address from contact and mailing lists.'],
  },
  'sender-rejected': {
    title: 'Your sender address was refused',
    happened: "{address}'s mail server refused your sender address",
    next: 'forward this to your IT admin',
    youDo: [
      'Check that you sent from the address you meant to (for a mailing list, the address you joined with).',
      'If it is right, forward this notice to your IT admin or e-mail provider.',
    ],
    explanation:
      'The receiving server refused the sender address of the message (the envelope sender), for example because it is blocked there, malformed (X.1.7) or not allowed to post (GoDaddy 550 5.2.0 IB, Orange 501 5.1.0).',
    adminSteps: [
      'Check the envelope sender (Return-Path) the server or application uses: valid syntax and an existing domain.',
      "If it is correct, ask the recipient's admin (through the recipient) why it is refused.",
    ],
  },
  'relay-denied': {
    title: 'The receiving server does not accept mail for this domain',
    happened: "The server your mail went to doesn't handle mail for {address}",
    next: 'let them know',
    youDo: [
      'Check the address for typos, especially after the @.',
      'If it is right, let the person know another way: their mail setup needs fixing.',
    ],
    explanation:
      "The contacted server says it does not handle mail for the recipient's domain (\"relay access denied\"; Exchange Online 550 5.4.1, Postfix, Sendmail). Usually the domain's MX records point to a server that is not configured for it; sometimes the sending server sent the message to the wrong place.",
    adminSteps: [
      'If many recipients fail this way, check how your server routes mail (routing rules, smarthost settings).',
      "Otherwise nothing to fix on your side: the recipient's admin must fix the domain's MX records or accepted-domain settings.",
    ],
  },
  'relay-not-authorised': {
    title: 'Your server is not allowed to relay through this service',
    happened: "The service your mail goes out through doesn't recognise your mail server",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    explanation:
      'The message was handed to a service (a gateway or sending platform) that does not recognise the sending server or the sender identity as one of its customers (Exchange Online 5.7.64, MessageLabs 553, Mimecast 451, Amazon SES, Google SMTP relay).',
    adminSteps: ['Register the sending IP or verify the sender address with that service, or fix the outbound connector.'],
  },
  // ── Content ──────────────────────────────────────────────────────────────────────────────────
  'spam-detected': {
    title: 'The message was judged to be spam',
    happened: "{address}'s provider took your message for spam",
    next: 'make the message plainer',
    youDo: [
      'Remove anything that looks like spam: link shorteners, many links, big images with little text, zipped or program files.',
      'Make sure the person expects mail from you.',
    ],
    resend: 'Send a plainer version again; if that is refused too, forward this to your IT admin or e-mail provider.',
    explanation:
      'The receiving server\'s spam filter refused the message based on its content, its links or the way it was sent (Gmail 550 5.7.1 "likely unsolicited mail", Orange 550 5.2.0 [506], Mimecast 554 spam signature).',
    adminSteps: [
      'Check SPF, DKIM and DMARC for the sending domain.',
      'If many messages are refused, check the sending IP and domain reputation.',
    ],
  },
  'content-reputation': {
    title: 'Links or content in the message have a poor reputation',
    happened: "{address}'s provider distrusts the links or content in your message",
    next: 'make the message plainer',
    youDo: [
      'Remove link shorteners and links to websites with a poor reputation.',
      'The same message would be refused again, so prepare a plainer version.',
    ],
    resend: 'Send the plainer version instead.',
    explanation:
      'Gmail deferred or refused the message because of the reputation of its content or the links in it (421 4.7.0, "the nature of the content and/or the links"). The same message meets the same answer: a copy still queued is likely to be refused until it expires.',
    adminSteps: [
      'Nothing to change in the server setup for a single message: the content has to change.',
      'If many messages are affected, check the reputation of the domains they link to, including your own tracking or link domains.',
    ],
  },
  'virus-detected': {
    title: 'A virus or dangerous attachment was found',
    happened: "{address}'s provider found something dangerous in your message",
    next: 'check the attachment',
    youDo: [
      'Scan your computer and the attachment with an up-to-date virus scanner.',
      'Share the file another way (a link) or in another format, without programs or macros.',
    ],
    explanation:
      "The receiving server's virus scanner found something it considers dangerous in the message, usually an attachment.",
    adminSteps: [
      "Scan the sender's computer and the file with an up-to-date scanner.",
      'If the file is clean, send it as a link or in a format without executable or macro content.',
    ],
  },
  'content-filtered': {
    title: 'Refused by a content filter',
    happened: "A filter at {address}'s side refused your message",
    next: 'make the message plainer',
    youDo: [
      'Check the message for attachments or content that filters often refuse.',
      'Ask the person another way whether they filter mail from you.',
    ],
    resend: 'Send a plainer version again.',
    explanation:
      'The receiving server refused the message after reading it, because of its content or headers, or because the recipient\'s filters do not accept it (X.2.0 / X.2.4 and filter wordings; Facebook RCP-P2 "refused due to recipient preferences").',
    adminSteps: [
      "Read the server's words in the details for which filter refused it.",
      "If it keeps happening, ask the recipient's admin (through the recipient) what their filter refused.",
    ],
  },
  'message-policy-refusal': {
    title: 'Refused for policy reasons (content or authentication)',
    happened: "{address}'s provider refused your message as possibly unsafe",
    next: 'forward this to your IT admin',
    youDo: [
      'Check the links and content of your message for anything that could look like a scam.',
      'Forward this notice to your IT admin or e-mail provider.',
    ],
    explanation:
      'The receiving provider refused the message for policy reasons, which it uses for phishing-like content or failed authentication (Yahoo 554 5.7.9; Zoho 550 / 554 5.7.1 "flagged as Spam"; iCloud 550 5.7.1 [CS01], [HM08]).',
    adminSteps: [
      'Check SPF, DKIM and DMARC for the sending domain.',
      'Review the links and content of the message with the sender.',
    ],
  },
  'provider-refused-data': {
    title: 'Provider refused the message without giving a reason',
    happened: "{address}'s provider refused your message without saying why",
    next: 'try a plainer version',
    youDo: [
      'Make a plainer version of the message (fewer links and attachments).',
      'If it is refused again, forward this to your IT admin or e-mail provider.',
    ],
    resend: 'Send the plain version once more, a little later.',
    explanation:
      'The receiving provider refused the message at the end of the transfer (after DATA) but did not state why (Yahoo 554). Content or sender reputation are the usual suspects.',
    adminSteps: ['If it is refused again, check the sending reputation and authentication (SPF, DKIM, DMARC).'],
  },
  'not-rfc-compliant': {
    title: 'The message is not correctly formatted',
    happened: "Your message wasn't put together correctly",
    next: 'forward this to your IT admin',
    youDo: [
      'If a program, website or device sent it, tell whoever runs it.',
      'If you sent it from your usual mail program, forward this to your IT admin or e-mail provider.',
    ],
    explanation:
      'The message breaks the e-mail format rules (RFC 5322): for example a missing or invalid From line or Message-ID, duplicated headers, or characters a header may not carry (Gmail 550 5.7.1 header rules, Exchange Online 550 5.7.512). It is about how the message was built, not about spam or reputation.',
    adminSteps: [
      'Make the sending software produce a valid From address and standard headers.',
      "Compare the refused message's headers with the rule the server's words name.",
    ],
  },
  'content-error': {
    title: 'The message content could not be accepted',
    happened: "{address}'s mail system couldn't handle the format of your message",
    next: 'forward this to your IT admin',
    youDo: ['If a program or device sent it, tell whoever runs it.', 'Otherwise, forward this notice to your IT admin or e-mail provider.'],
    resend: 'Send it again from a standard mail program.',
    explanation:
      'Something about how the message is encoded (its media type, 8-bit data in headers, international characters) could not be handled by the receiving system (X.6.x).',
    adminSteps: ['If the message was sent by software, make it encode headers correctly (RFC 2047 encoded words) and use standard media types.'],
  },
  'message-too-big': {
    title: 'The message is too large',
    happened: "Your message is too large for {address}'s server",
    next: 'make the message smaller',
    youDo: ['Remove or compress large attachments, or share them as a link instead.'],
    resend: 'Send it again with the files shared as a link.',
    explanation:
      'The message, with its attachments, is larger than the receiving server accepts (552, X.3.4; Gmail 552 5.3.4). Attachments grow by about a third when encoded for sending.',
    adminSteps: ["Nothing to fix on your side: the limit is the receiver's. Large files travel better as file-sharing links."],
  },
  'recipient-size-limit': {
    title: "Message exceeds the recipient's size limit",
    happened: "Your message is too large for {address}'s mailbox",
    next: 'make the message smaller',
    youDo: ['Remove or compress large attachments, or share them as a link instead.'],
    resend: 'Send it again with the files shared as a link.',
    explanation:
      "The recipient's mailbox has its own size limit for incoming messages, smaller than the server's, and this message is over it (X.2.3).",
    adminSteps: ["Nothing to fix on your side: the limit is the recipient mailbox's. Large files travel better as file-sharing links."],
  },
  // ── Recipient address and mailbox ────────────────────────────────────────────────────────────
  'user-unknown': {
    title: 'The recipient address does not exist',
    happened: "{address} doesn't exist",
    next: 'check the address',
    youDo: ['Check the address for typos (the part before the @).', 'If it looks right, ask the person for their current address another way.'],
    resend: 'Send it again to the corrected address.',
    explanation:
      "The recipient's mail server says it has no mailbox of this name (X.1.1, \"user unknown\"). Usually the address is misspelled or the person has left; the sending side cannot change that.",
    adminSteps: ['Nothing to fix on your side.', 'Remove the address from contact lists and mailing lists if it stays invalid.'],
  },
  'recipient-unverified': {
    title: "Recipient's server could not verify the address yet",
    happened: "{address}'s mail server couldn't confirm the address yet",
    next: 'check the address',
    youDo: [
      'Check the address for typos.',
      'If it is right and this keeps happening, let the person know: their mail server may be unreachable.',
    ],
    explanation:
      "A gateway in front of the recipient's mailbox checks each address with the server behind it (recipient address verification; Postfix / Proofpoint 450 4.1.1), and that check has not succeeded yet: still in progress, or that server is unreachable.",
    adminSteps: [
      'Nothing to fix on your side.',
      "If it fails for good and the address is right, the recipient's admin must check that their gateway reaches the mail server behind it.",
    ],
  },
  'address-syntax': {
    title: 'The recipient address is not a valid address',
    happened: "Mail to {address} failed: the address isn't valid",
    next: 'correct the address',
    youDo: ['Look for spaces, commas, or missing or doubled characters in the address, and correct it.'],
    resend: 'Send it again to the corrected address.',
    explanation:
      'The recipient address is not a valid e-mail address (X.1.3; 553 "mailbox name not allowed"): a stray character, a space or a missing part.',
    adminSteps: ['Nothing to fix on the server.', 'If the address came from a form or a list, correct it there.'],
  },
  'address-ambiguous': {
    title: 'The recipient address matches more than one mailbox',
    happened: '{address} matches more than one person at their organisation',
    next: 'ask for their exact address',
    youDo: ['Ask the person another way for their exact address.'],
    resend: 'Send it again to the exact address.',
    explanation: 'The recipient server could not tell which mailbox the address means (X.1.4, ambiguous destination address).',
    adminSteps: ['Nothing to fix on your side.', "If the address is right and it keeps happening, the recipient's admin must make it unique."],
  },
  'recipient-domain-unknown': {
    title: "The recipient's domain does not exist",
    happened: "Mail to {address} failed: the part after the @ doesn't exist",
    next: 'check the address',
    youDo: [
      'Check the part after the @ for typos (for example gmal.com instead of gmail.com).',
      'If it looks right, ask the person for their address another way.',
    ],
    resend: 'Send it again to the corrected address.',
    explanation:
      'The part of the address after the @ is not a domain that exists or that can receive mail (X.1.2, X.4.4; Gmail 553 5.1.2 "We weren\'t able to find the recipient domain"; NXDOMAIN). Usually a typo (e.g. gmal.com).',
    adminSteps: ['Nothing to fix on your side: the address has to be corrected.'],
  },
  'dns-lookup-failed': {
    title: "The recipient's domain could not be looked up",
    happened: "Your mail server couldn't find where to deliver mail for {address}",
    next: 'check the address',
    youDo: ['Check the part of the address after the @ for typos.'],
    resend: 'If the address is right, let the person know another way and send it again later.',
    explanation:
      'The sending server could not find where to deliver mail for the recipient\'s domain: the DNS lookup failed or returned nothing usable (Exchange Online 5.4.312 "DNS query failed", Gmail "DNS Error", Postfix "Host not found, try again"). A misspelled domain looks exactly like this.',
    adminSteps: [
      "Look up the recipient domain's MX and A records from your server, and check that your own resolver answers.",
      "If the domain is spelled right and its DNS is broken, the recipient's admin must fix it; reach them through the recipient.",
    ],
  },
  'domain-accepts-no-mail': {
    title: "The recipient's domain does not accept e-mail",
    happened: "{address} can't receive e-mail at all",
    next: 'check the address',
    youDo: [
      'Check the address: the person probably uses a different one for e-mail.',
      'Ask them another way for an address that works.',
    ],
    resend: 'Send it again to the working address.',
    explanation:
      'The recipient domain publishes that it receives no mail at all (a "null MX", RFC 7505, X.1.10), or its server permanently refuses all mail (521 / 556, RFC 7504).',
    adminSteps: ['Nothing to fix on your side: the address has to change.'],
  },
  'mailbox-moved': {
    title: 'The mailbox has moved and mail is not forwarded',
    happened: '{address} has moved to a new address',
    next: 'ask for their new address',
    youDo: ['Ask the person for their new address and update your contacts.'],
    resend: 'Send it again to their new address.',
    explanation:
      'This address used to work, but the person has moved to another address and mail is not forwarded (X.1.6; 551 "user not local", which may name the new address; X.7.17 / X.7.18 owner changed).',
    adminSteps: ['Nothing to fix on your side.', 'Update the address in contact and mailing lists; if the reply names a new address, use that.'],
  },
  'account-disabled': {
    title: "The recipient's account is disabled",
    happened: "{address}'s mailbox is switched off",
    next: 'ask for a current address',
    youDo: [
      'Reach the person another way and ask for a current address.',
      'Stop using this address if it stays switched off.',
    ],
    resend: 'Send it again to their current address.',
    explanation:
      'The mailbox exists but is switched off: inactive, suspended or closed (X.2.1; Gmail 550 5.2.1, Yahoo). It does not take mail.',
    adminSteps: ['Nothing to fix on your side.', 'Remove the address from contact and mailing lists if it stays disabled.'],
  },
  'mailbox-locked': {
    title: "The recipient's mailbox is temporarily unavailable",
    happened: "{address}'s mailbox is unavailable for now",
    next: 'wait',
    youDo: ['If it keeps failing, let the person know another way.'],
    explanation:
      "The recipient's mailbox is temporarily locked or busy, for example during maintenance or after suspicious activity (Comcast 450 4.2.0).",
    adminSteps: ['Nothing to fix on your side.', 'If it keeps failing, the recipient or their provider must unlock the mailbox.'],
  },
  'mailbox-full': {
    title: "The recipient's mailbox is full",
    happened: "{address}'s mailbox is full",
    next: 'let them know',
    youDo: ['Let the person know another way (phone, chat) that their mailbox is full.'],
    resend: 'Send it again once they have made room.',
    explanation:
      "The recipient's mailbox is over its storage quota (X.2.2). Servers usually defer (4xx) at first and refuse (5xx) later; either way it clears only when the recipient deletes mail or their admin raises the quota.",
    adminSteps: ['Nothing to fix on your side.', "If it keeps happening with the same organisation, their admin can raise the mailbox quota."],
  },
  'mailbox-full-inactive': {
    title: "The recipient's mailbox is full and no longer used",
    happened: "{address}'s mailbox is full and no longer used",
    next: 'ask for another address',
    youDo: ['Reach the person another way and ask for an address they use.', 'Stop using this address.'],
    resend: 'Send it again to the address they use now.',
    explanation:
      'The mailbox is full and the account has been inactive for a long time (Gmail 552 5.2.2, "out of storage space and inactive"); mail is not accepted.',
    adminSteps: ['Nothing to fix on your side.', 'Remove the address from contact and mailing lists.'],
  },
  // ── Receiving system and network ─────────────────────────────────────────────────────────────
  'receiver-temporary-error': {
    title: "Temporary problem at the recipient's mail server",
    happened: "{address}'s mail server has a temporary problem",
    next: 'let them know',
    youDo: ['If it keeps happening, let the person know another way that their mail server has problems.'],
    explanation:
      "The recipient's mail server had a temporary problem of its own: busy, short of resources or an internal error (Gmail 421 / 451 4.3.0 and 4.4.5, Exchange Online 451 4.7.0 / 4.4.0, Yahoo 451, iCloud 451 4.7.1, Mimecast, Barracuda, Email Security.cloud 421, Zoho 452 4.3.1, Exim 451).",
    adminSteps: [
      'Nothing to fix on your side.',
      "If it lasts for days, the recipient's admin must look at their mail server; reach them through the recipient.",
    ],
  },
  'receiver-system-error': {
    title: "Error inside the recipient's mail system",
    happened: "{address}'s mail system has an internal error",
    next: 'let them know',
    youDo: ['Let the person know another way that their mail server returned an error.'],
    explanation:
      "The recipient's mail system failed because of its own configuration or an internal fault (X.3.x, X.1.9; Postfix 451 4.3.0 / 4.3.5). Nothing about the message caused it.",
    adminSteps: [
      'Nothing to fix on your side.',
      "The recipient's admin must fix their server; the server's words in the details show where to look.",
    ],
  },
  'receiver-disk-full': {
    title: "The recipient's mail server is out of storage",
    happened: "{address}'s mail server is out of storage space",
    next: 'let them know',
    youDo: ['If it keeps happening, let the person know another way: their IT admin must free space on the server.'],
    explanation:
      "The recipient's mail server itself has run out of disk space (X.3.1; 452 insufficient system storage; Sendmail 452 4.4.5 \"Insufficient disk space\"). The recipient alone cannot fix it; their admin must.",
    adminSteps: [
      'Nothing to fix on your side.',
      "If it persists, the recipient's admin must free space on the server; reach them through the recipient.",
    ],
  },
  'mailer-error': {
    title: "Delivery program at the recipient's server failed",
    happened: "{address}'s mail server failed to store your message",
    next: 'let them know',
    youDo: ['Let the person know another way: their IT admin must check their mail server.'],
    explanation:
      "The program that stores mail into the recipient's mailbox (a local delivery program, pipe or filter script) crashed or reported an error.",
    adminSteps: [
      'Nothing to fix on your side.',
      "The recipient's admin must check the delivery program or mail filter the server's words name.",
    ],
  },
  'receiver-not-accepting': {
    title: "The recipient's server is not accepting mail",
    happened: "{address}'s mail server isn't accepting mail right now",
    next: 'let them know',
    youDo: ['If it lasts, reach the person another way.'],
    explanation:
      "The recipient's mail server is refusing all mail right now: maintenance, overload, or it is not set up to receive (X.3.2; 421, or 521 for a host that takes no mail).",
    adminSteps: ['Nothing to fix on your side.', "If it lasts, the recipient's admin must check their mail server."],
  },
  'connection-timed-out': {
    title: "The recipient's mail server did not answer",
    happened: "{address}'s mail server didn't answer",
    next: 'let them know',
    youDo: ['If it lasts, let the person know another way: their mail server may be down or set up wrongly.'],
    explanation:
      "The sending server could not reach the recipient's mail server: connections timed out (X.4.1; Gmail \"did not accept our requests to connect\"). This is usually an outage or a firewall problem on the recipient's side.",
    adminSteps: [
      'If many domains time out the same way, check that outgoing connections to port 25 from your server are not blocked.',
      "Otherwise the recipient's admin must check their mail server, its firewall and their MX records.",
    ],
  },
  'connection-refused': {
    title: "The recipient's mail server refused the connection",
    happened: "{address}'s mail server isn't letting anyone connect",
    next: 'let them know',
    youDo: ['If it lasts, let the person know another way: their mail server may be down.'],
    explanation:
      "The sending server reached the recipient's mail server address, but nothing there accepted the connection (Exchange Online 4.4.316, socket error 10061): the server is down, a firewall refuses it, or the domain's DNS points to the wrong address. This is on the recipient's side, not a block of your server.",
    adminSteps: [
      'Nothing to fix on your side.',
      "If it lasts, the recipient's admin must check the mail server, its firewall and the domain's MX records; reach them through the recipient.",
    ],
  },
  'host-unreachable': {
    title: "The recipient's mail server could not be reached",
    happened: "{address}'s mail server couldn't be reached",
    next: 'let them know',
    youDo: ['If it lasts, let the person know another way: their mail server may be down.'],
    explanation:
      "The sending server could not open a connection to the recipient's mail server: no route, host down or a network error on the way.",
    adminSteps: [
      'If many domains fail the same way, check your own outgoing network.',
      "Otherwise the recipient's admin must check that the mail server is up and that the domain's MX and A records are right.",
    ],
  },
  'network-error': {
    title: "Network problem on the way to the recipient's server",
    happened: "The connection to {address}'s mail server broke off",
    next: 'wait',
    youDo: ['If it keeps happening, let the person know another way: their mail server may be unstable.'],
    explanation:
      'A network problem interrupted the delivery: the connection was lost, reset or dropped on the way (X.4.0 / X.4.2; Gmail 421 4.7.0 "Connection expired, try reconnecting" and 451 4.4.2 "Timeout - closing connection"). Such interruptions are ordinary and usually pass.',
    adminSteps: [
      'Nothing to do for a one-off.',
      "If it keeps happening with this domain, tell the recipient's admin (through the recipient): their mail server or network may be unstable.",
    ],
  },
  'routing-loop': {
    title: 'The message was going round in a loop',
    happened: 'Your message to {address} went round in circles between mail servers',
    next: 'let them know',
    youDo: [
      'Let the person know another way: they or their IT admin must check their forwarding rules.',
      'If you forward mail yourself (for example to this address and back), check your own forwarding rules too.',
    ],
    resend: 'Send it again once the loop is fixed.',
    explanation:
      'The message was passed between servers or forwarding rules so many times that it was stopped: a forwarding loop (X.4.6; Gmail 554 5.4.6 "exceeded 50 hops", Exchange Online 5.4.14 hop count exceeded, Postfix "mail loops back to myself"). Loops do not fix themselves; someone has to change a forwarding rule or the mail routing.',
    adminSteps: [
      'Check your own forwarding and routing if the message passes through your side (for example a forward to this address and back).',
      'The recipient or their admin must check forwarding and inbox rules and the mail routing (MX records, connectors).',
    ],
  },
  'protocol-error': {
    title: 'Sending software broke the mail protocol rules',
    happened: "Your mail software and {address}'s mail server didn't understand each other",
    next: 'forward this to your IT admin',
    youDo: ['Forward this notice to your IT admin or e-mail provider: only they can fix it.'],
    resend: 'Send it again once the sending software is fixed or updated.',
    explanation:
      'The sending server or program sent commands the receiving server did not accept: out of order, malformed or unsupported (X.5.x; 500-504, 555; Gmail 451 / 454 4.5.0 "SMTP protocol violation").',
    adminSteps: [
      "Find which server or program sent the message and fix or update it; the server's words name what it refused.",
      'For third-party software, report it to the vendor, quoting this notice.',
    ],
  },
  'message-expired': {
    title: 'Delivery gave up: the retry time ran out',
    happened: 'Your mail server gave up trying to deliver to {address}',
    next: 'check the address',
    youDo: [
      'Check the address for typos.',
      'If it happens again with the same organisation, let the person know another way: their mail server may be unreachable.',
    ],
    resend: 'Send it again later, or reach them another way.',
    explanation:
      'The sending server tried to deliver the message for its whole retry period (usually one to five days; 24 hours at Exchange Online) and gave up (X.4.7; Exchange Online 4.4.7 / 5.4.300, MessageLabs 554 5.4.7). The last temporary error it received is the real cause; the message was not delivered.',
    adminSteps: [
      "Look at the last temporary error in the notice (or in your server's log): it is the real cause.",
      "If it happens again with the same domain, their mail server is likely unreachable: the recipient's admin must check it.",
    ],
  },
  suppressed: {
    title: 'Your sending service suppressed this address',
    happened: 'Your mailing service no longer sends to {address}',
    next: 'check why in your mailing service',
    youDo: [
      'Check in your mailing service why the address is blocked (an earlier bounce, a complaint or an unsubscribe).',
      'Only unblock it if the person confirms the address works and wants your mail.',
    ],
    resend: 'Send it again only once the address is unblocked.',
    explanation:
      'The sending platform did not even try: the address is on its suppression list after an earlier bounce, complaint or unsubscribe.',
    adminSteps: [
      'Check the suppression reason in the sending platform.',
      'Remove the address from the list only if the person confirms it works and wants the mail.',
    ],
  },
  'mailing-list-refused': {
    title: 'The group or mailing list did not accept your post',
    happened: "{address} is a group that didn't accept your message",
    next: 'check the group address',
    youDo: ['Check the group address.', "Ask the group's owner to let you post, or join the group."],
    resend: 'Send it again once you may post to the group.',
    explanation:
      'The group may not exist, or the sender may not post to it, for example because only members may post (X.7.2, mailing list expansion prohibited).',
    adminSteps: ['Nothing to fix on your side.', "The group's owner or admin must allow the sender to post, or the sender joins the group."],
  },
  // ── Fallbacks ────────────────────────────────────────────────────────────────────────────────
  'temporary-unknown': {
    title: 'Temporary failure (no further detail)',
    happened: "{address}'s mail server couldn't take your message yet",
    next: 'wait',
    youDo: ['If it keeps happening, let the person know another way.'],
    explanation: 'The receiving server reported a temporary problem (4xx) without saying what it is.',
    adminSteps: [
      "Read the server's words in the details for a hint.",
      "If it keeps happening, the recipient's admin must check their mail server.",
    ],
  },
  'permanent-unknown': {
    title: 'Delivery failed (no further detail)',
    happened: "Your message couldn't be delivered to {address}",
    next: 'check the address',
    youDo: [
      'Check the address for typos.',
      'If it looks right, forward this notice to your IT admin or e-mail provider.',
    ],
    resend: 'Send it again once you know what went wrong, or reach the person another way if it is important.',
    explanation:
      "The message could not be delivered and the notice does not say clearly why (a bare 5xx, or X.0.0). The receiving server's own words in the details are the best clue.",
    adminSteps: [
      "Read the server's words and the status code in the details.",
      "If the notice shortened the reply, find the full one in your server's log.",
    ],
  },
  unknown: {
    title: 'Unknown problem',
    happened: "It's unclear why your message to {address} failed",
    next: 'check the address',
    youDo: [
      'Check the address for typos.',
      'If the message matters, forward this notice to your IT admin or e-mail provider.',
    ],
    explanation: 'The notice contains no status code or explanation that identifies the cause.',
    adminSteps: ["Look up the message in the sending server's log: the remote server's reply is there even when the notice leaves it out."],
  },
  // ── Not bounces ─────────────────────────────────────────────────────────────────────────────
  delivered: {
    title: 'Delivered successfully',
    happened: 'Your message was delivered to {address}',
    next: 'nothing to do',
    youDo: [],
    resend: 'No need to send it again.',
    explanation: "This is a delivery confirmation, not an error: the message reached the recipient's server.",
    adminSteps: ['Nothing to do.'],
  },
  'auto-reply': {
    title: 'Automatic reply (e.g. out of office)',
    happened: '{address} sent an automatic reply',
    next: 'read the reply',
    youDo: ['If it is urgent, look in the reply for someone else to contact.'],
    resend: 'No need to send it again: your message was delivered.',
    explanation:
      'This is an automatic reply from the recipient (for example an out-of-office note), not a bounce: the message was delivered.',
    adminSteps: ['Nothing to do.'],
  },
  'abuse-report': {
    title: 'Abuse or complaint report',
    happened: 'Someone reported a message from your organisation',
    next: 'pass it to whoever runs your mailing lists',
    youDo: ['Stop mailing the person who complained.', 'Pass the report to whoever manages your mailing lists.'],
    resend: 'Nothing needs to go out again.',
    explanation:
      'This is a feedback report, not a bounce: someone marked a message as spam (RFC 5965), or it failed authentication checks (RFC 6591).',
    adminSteps: [
      'Remove or unsubscribe the complaining address from your lists.',
      'For an authentication failure report, check SPF, DKIM and DMARC for the domain it names.',
    ],
  },
};
