/**
 * The contract between the analyzer (src/core), the knowledge base (src/core/knowledge),
 * the content script / panel and the CLI. Field names follow RFC 3464 where a DSN field exists.
 */

/** What kind of automatic notice a message is. Only `failure` and `delay` are bounces. */
export type NoticeKind = 'failure' | 'delay' | 'delivered' | 'autoreply' | 'feedback';

/** RFC 3464 section 2.3.3 Action values. */
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

export type Verdict = 'wait' | 'act';

export type Actor = 'nobody' | 'sender' | 'sender-admin' | 'recipient' | 'recipient-admin';

/** Coarse reason vocabulary shared by bounce analyzers (see docs/knowledge.md). */
export type Reason =
  | 'authfailure' | 'badreputation' | 'blocked' | 'contenterror' | 'delivered' | 'exceedlimit'
  | 'expired' | 'failedstarttls' | 'feedback' | 'filtered' | 'hasmoved' | 'hostunknown'
  | 'mailboxfull' | 'mailererror' | 'mesgtoobig' | 'networkerror' | 'norelaying' | 'notaccept'
  | 'notcompliantrfc' | 'onhold' | 'policyviolation' | 'rejected' | 'requireptr' | 'securityerror'
  | 'spamdetected' | 'speeding' | 'suppressed' | 'suspend' | 'syntaxerror' | 'systemerror'
  | 'systemfull' | 'toomanyconn' | 'undefined' | 'userunknown' | 'vacation' | 'virusdetected';

/** Which evidence decided a recipient's reason, strongest first (see src/core/knowledge/reason.ts). */
export type EvidenceKind = 'provider' | 'words' | 'status' | 'reply' | 'stage' | 'reporter' | 'none';

export interface ReasonEvidence {
  kind: EvidenceKind;
  /** What decided, as the notice says it: the wording, the code, the stage or the reporter's category ('' for none). */
  text: string;
}

/** Identifier of the mail system that wrote the notice, e.g. 'gmail', 'office365', 'postfix'. */
export type ReporterId = string;

/** How long the sending server keeps retrying, and where we learned it. */
export interface RetryWindow {
  /** ISO 8601 instant when retries stop, when it can be computed. */
  until: string | null;
  /** Remaining or total hours stated by the notice or by the reporter's default. */
  hours: number | null;
  /** Where the figure comes from. */
  source: 'will-retry-until' | 'notice-text' | 'reporter-default';
  /** Human-readable provenance, e.g. "Gmail will retry for 46 more hours" or "Postfix default: 5 days". */
  note: string;
}

/** Facts extracted for one failed, delayed (or, for non-bounces, reported) recipient. */
export interface RecipientStatus {
  /** Final-Recipient (or the address the notice names); null where unknown. */
  address: string | null;
  /** RFC 3464 Action; inferred from the notice's wording where there is no DSN part. */
  action: DsnAction | null;
  /** Enhanced status code (RFC 3463), e.g. "4.2.1"; null where the notice has none. */
  status: string | null;
  /** Basic SMTP reply code, e.g. 450; null where the notice has none. */
  reply: number | null;
  /** The remote server's own words (Diagnostic-Code or the quoted reply), cleaned; null where none. */
  diagnostic: string | null;
  /** Remote-MTA (or the host the notice names); null where unknown. */
  remoteMta: string | null;
  /** The remote server's IP address, where the notice names it beside the host ("mx.example.net[192.0.2.7]"). */
  remoteIp: string | null;
  /** The sending IP address the remote server names in its refusal ("Client host [203.0.113.9] blocked"). */
  sendingIp: string | null;
  /** Coarse reason (vocabulary above). */
  reason: Reason;
  /** What decided the reason: a provider's own wording, the server's words, the status code, ... */
  reasonEvidence: ReasonEvidence;
  /** Fine-grained cause id in the knowledge base, e.g. "gmail-receiving-rate". */
  cause: string;
  verdict: Verdict;
  actor: Actor;
  retryUntil: RetryWindow | null;
}

/** When to send the message again, as the notice's state answers it. */
export type ResendWhen = 'not-while-retrying' | 'after-your-fix' | 'after-their-fix' | 'later';

/** What the panel says, in two layers: plain for the sender, technical for their IT admin. */
export interface Advice {
  /** Plain: what happened and what you do, with the address ("j.doe@example.net doesn't exist — check the address, then send again"). */
  headline: string;
  /** Plain: what happened ("j.doe@example.net doesn't exist"). */
  happened: string;
  /** Plain: what you do next, lower-case, without the resend ("check the address"). */
  next: string;
  /** Plain: what you do (at most two steps; `resend` is the third). */
  steps: string[];
  /** Plain: whether and once what to send the message again; null when not a bounce. */
  resend: { when: ResendWhen; text: string } | null;
  /** For the IT admin: the cause's technical title, explanation, steps and example records. */
  title: string;
  explanation: string;
  adminSteps: string[];
  /** Example DNS records where the steps involve DNS (PTR, SPF, DKIM, DMARC). */
  dnsExamples: string[];
}

/** Recipients that share what happened to them (cause, verdict, who acts), with the advice for them. */
export interface AdviceGroup {
  cause: string;
  /** Indices into Diagnosis.recipients. */
  recipients: number[];
  advice: Advice;
}

export interface Diagnosis {
  /** True only for failure and delay notices. */
  bounce: boolean;
  kind: NoticeKind | null;
  /** Which mail system wrote the notice; null when unknown. */
  reporter: ReporterId | null;
  /** Human-readable name of the reporter, e.g. "Microsoft 365 / Exchange Online". */
  reporterName: string | null;
  /** Failed/delayed recipients (for non-bounces: the recipient the report is about, if any). */
  recipients: RecipientStatus[];
  /** Advice for the primary (first) recipient; null when not a bounce. */
  advice: Advice | null;
  /**
   * The notice's plain headline: the one recipient's, or for several how many were not reached and
   * whether for one reason or several; null when not a bounce.
   */
  headline: string | null;
  /** The recipients grouped by what happened to them, widest impact first (empty when not a bounce). */
  groups: AdviceGroup[];
  /** When the notice was written (ISO 8601), where known. */
  date: string | null;
  /** The host that wrote the notice (Reporting-MTA, "DSN generated by", "the mail system at host"), where named. */
  reportingMta: string | null;
  /** Whether the input was read as a raw RFC 5322 message or as rendered webmail text. */
  input: 'raw' | 'rendered';
  /**
   * The notice was forwarded by a person ("Fwd: Undeliverable: ..."): the diagnosis is the forwarded
   * notice's, read from under the forward header block.
   */
  forwarded: boolean;
  /**
   * Present (true) when the notice went on past what the analyzer reads (MAX_NOTICE_TEXT characters of
   * text, 10,000 addresses, 20,000 DSN blocks) or past what the caller handed in (RenderedMessage.truncated):
   * `recipients` then lists the first ones, and there may be more ("at least N").
   */
  truncated?: boolean;
}

/** What a webmail page shows of a message: the visible body text plus what is beside it. */
export interface RenderedMessage {
  text: string;
  subject?: string | null;
  from?: string | null;
  /** When the notice was sent, if the page shows it (ISO 8601 or a Date-parsable string). */
  date?: string | null;
  /** The body went on past `text` (the caller read only its beginning, e.g. MAX_NOTICE_TEXT characters). */
  truncated?: boolean;
}
