/**
 * The analyzer's public entry points. Pure TypeScript: no DOM, no browser APIs, so it runs in the
 * content script, the CLI and the tests alike.
 */
import { analyzeRawMessage, analyzeRenderedText } from './analyze';
import { adviceGroups, advise, languageOf, noticeHeadline } from './knowledge/index';
import { readableInput, withoutNul } from './input';
import { beginReading, endReading } from './limits';
import type { Diagnosis, RenderedMessage } from './types';
export type * from './types';

export interface AnalyzeOptions {
  /** 'auto' (default) decides between a raw RFC 5322 message and rendered webmail text. */
  mode?: 'auto' | 'raw' | 'rendered';
  /** What the webmail shows beside the body (rendered mode only). */
  subject?: string | null;
  from?: string | null;
  date?: string | null;
  /** Reference time for relative retry windows when the notice has no date. */
  now?: Date;
  /** The language of the advice (a tag such as "de", "pt-BR" or "ja"); English by default, and for languages it lacks. */
  language?: string;
}

/**
 * Fields that only a message header block carries. A DSN pasted as text ("Reporting-MTA: ...",
 * "Final-Recipient: ...") also starts with field lines, so at least one of these must be present.
 */
const MESSAGE_FIELDS = new Set([
  'return-path', 'received', 'from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'content-type',
  'delivered-to', 'dkim-signature', 'authentication-results', 'arc-seal', 'arc-message-signature',
  'arc-authentication-results', 'reply-to', 'sender', 'auto-submitted', 'x-failed-recipients', 'envelope-to',
  'x-original-to', 'content-transfer-encoding', 'references', 'in-reply-to', 'thread-index', 'x-mailer',
]);

/**
 * A raw message starts with a header block: field lines (any name, folded or not, any line
 * ending: LF, CRLF or old-Mac CR) up to a blank line. Rendered text starts with prose.
 * A scanner rather than one regex, so folding, CR-only sources and unknown leading fields
 * (ARC-*, vendor X-fields) all read alike.
 */
function looksRaw(input: string | Uint8Array): boolean {
  const head = typeof input === 'string' ? input.slice(0, 8000) : latin1Head(input.subarray(0, 8000));
  // Lines of spaces before the header block (see withoutLeadingBlankLines in mime.ts) are skipped.
  let position = LEADING_SPACE_LINES.exec(head)?.[0].length ?? 0;
  let fields = 0;
  let known = false;
  let first = true;
  while (position < head.length) {
    let end = position;
    while (end < head.length) {
      const code = head.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    const complete = end < head.length;
    const line = head.slice(position, end);
    position = end + (head.charCodeAt(end) === 13 && head.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (line === '') break;
    if (first && line.startsWith('From ')) {
      first = false;
      continue;
    }
    first = false;
    const lead = line.charCodeAt(0);
    if (lead === 32 || lead === 9) {
      if (fields === 0) return false;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 76 || !FIELD_NAME.test(line.slice(0, colon))) {
      // a line cut by the 8 KB window is not evidence against a header block
      if (!complete) break;
      return false;
    }
    fields++;
    if (!known && MESSAGE_FIELDS.has(line.slice(0, colon).toLowerCase())) known = true;
  }
  return fields >= 2 && known;
}

const FIELD_NAME = /^[!-9;-~]+$/;
const LEADING_SPACE_LINES = /^(?:[ \t]*(?:\r\n|\n|\r))+(?=[!-9;-~]{1,76}:|From )/;

// Native decoding (String.fromCharCode over spread chunks measured several times slower). Only
// header syntax is checked, so windows-1252's remapping of 0x80-0x9F does not matter here.
const headDecoder = new TextDecoder('windows-1252');

function latin1Head(bytes: Uint8Array): string {
  return headDecoder.decode(bytes);
}

function fallbackDiagnosis(input: 'raw' | 'rendered'): Diagnosis {
  return { bounce: false, kind: null, reporter: null, reporterName: null, recipients: [], advice: null, headline: null, groups: [], date: null, reportingMta: null, input, forwarded: false };
}

export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Diagnosis {
  const source = readableInput(input);
  const mode = options.mode ?? 'auto';
  const raw = mode === 'raw' || (mode === 'auto' && looksRaw(source));
  beginReading(false);
  let diagnosis: Diagnosis;
  try {
    if (raw) diagnosis = analyzeRawMessage(source, options);
    else diagnosis = analyzeRenderedText(typeof source === 'string' ? source : new TextDecoder().decode(source), options);
  } catch {
    // The analyzer must never break the page; an unreadable input is simply not diagnosed.
    diagnosis = fallbackDiagnosis(raw ? 'raw' : 'rendered');
  }
  return inLanguage(withReadingReport(diagnosis), options.language);
}

export function analyzeRendered(message: RenderedMessage, options: Omit<AnalyzeOptions, 'mode'> = {}): Diagnosis {
  beginReading(message.truncated === true);
  let diagnosis: Diagnosis;
  try {
    // (Each field written out: Node 20 builds `{ ...options, subject, … }` in a runtime call of ~1 µs.)
    diagnosis = analyzeRenderedText(withoutNul(message.text ?? ''), {
      subject: message.subject ?? options.subject ?? null,
      from: message.from ?? options.from ?? null,
      date: message.date ?? options.date ?? null,
      now: options.now,
    });
  } catch {
    diagnosis = fallbackDiagnosis('rendered');
  }
  return inLanguage(withReadingReport(diagnosis), options.language);
}

/**
 * The same diagnosis advised in another language: the analysis itself speaks no language, only the advice
 * (headline, steps, the admin's explanation) does, so it is simply written again.
 */
export function inLanguage(diagnosis: Diagnosis, language: string | null | undefined): Diagnosis {
  const code = languageOf(language);
  const { kind, recipients, reporter } = diagnosis;
  if (code === 'en' || !diagnosis.bounce || (kind !== 'failure' && kind !== 'delay') || recipients.length === 0) return diagnosis;
  const groups = adviceGroups(recipients, kind, reporter, code);
  const advice = groups.find((group) => group.recipients[0] === 0)?.advice ?? advise({ recipient: recipients[0]!, kind, reporter, language: code });
  return { ...diagnosis, advice, groups, headline: noticeHeadline(recipients, groups, code) };
}

/** Marks a diagnosis whose notice went on past what the analyzer reads (see limits.ts). */
function withReadingReport(diagnosis: Diagnosis): Diagnosis {
  if (endReading()) diagnosis.truncated = true;
  return diagnosis;
}

export { mightBeBounce } from './precheck';
/** The languages the advice can be written in (ISO 639-1 codes, English first). */
export { LANGUAGES, languageOf } from './knowledge/index';
/** Characters of a notice's text the analyzer reads (Diagnosis.truncated says when a notice went on past them). */
export { MAX_NOTICE_TEXT } from './limits';
/** Empties classify()'s memo (benchmarks measure the uncached cost; long-lived processes may free memory). */
export { clearClassifyCache } from './knowledge/index';
