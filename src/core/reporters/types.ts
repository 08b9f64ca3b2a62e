import type { TrigramSet } from '../knowledge/prefilter';
import type { DsnAction } from '../types';

/** What detection and refinement may look at. Headers are absent in rendered mode. */
export interface NoticeView {
  subject: string;
  /** The notice's From (display name and address), lower-cased. */
  from: string;
  /** Human-readable notice text, returned original cut off, LF line endings. */
  text: string;
  /** Header lookup (lower-cased name → first value); returns null in rendered mode. */
  header(name: string): string | null;
  rendered: boolean;
  /** The message/delivery-status part's text, in raw mode when there is one. */
  deliveryStatus?: string;
  /**
   * The trigram table of a text that holds `text` (rendered mode builds one per notice): a pattern
   * whose literals are not all in it cannot match, so it is not run.
   */
  index?: TrigramSet;
}

/** A recipient as extracted, before classification. */
export interface Draft {
  address: string | null;
  action: DsnAction | null;
  status: string | null;
  reply: number | null;
  diagnostic: string | null;
  remoteMta: string | null;
  willRetryUntil: string | null;
  /** The Diagnostic-Code's type (RFC 3464 §2.3.6), lower-cased, where a DSN gives one: "smtp", Postfix's "x-unix". */
  diagnosticType?: string | null;
}

export interface StructuredNotice {
  kind: 'failure' | 'delay' | 'delivered' | 'feedback';
  drafts: Draft[];
}

/**
 * One mail-system family. Detection signals are data; `refine` holds only what is truly specific
 * to the family and runs after the generic RFC 3464 / reply-line extraction.
 */
export interface Reporter {
  id: string;
  name: string;
  /** Any one matching signal identifies the family (checked in registry order). */
  signals: {
    from?: RegExp;
    subject?: RegExp;
    /** Header names whose presence identifies the family. */
    headers?: readonly string[];
    /** [header name, pattern of its value]. */
    headerValues?: readonly (readonly [string, RegExp])[];
    /** Distinctive wording of the notice text. */
    text?: RegExp;
    /** Signals that only count together with a bounce-looking From (mailer-daemon/postmaster). */
    textWithDaemon?: RegExp;
  };
  /**
   * For families that report in a machine format of their own (e.g. JSON event mail): the whole
   * notice, read directly. Returns null when the message is not in that format.
   */
  structured?(notice: NoticeView): StructuredNotice | null;
  /** Family-specific clean-up of the generic drafts (e.g. a private status vocabulary). */
  refine?(drafts: Draft[], notice: NoticeView): void;
}
