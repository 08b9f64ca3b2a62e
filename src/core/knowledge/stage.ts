/**
 * The SMTP stage a refusal answered: the connection greeting, HELO/EHLO, MAIL FROM, RCPT TO or
 * DATA (the message content). The stage changes what a wording can mean: a server that accepted
 * the recipient at RCPT TO and then refuses the content after DATA is filtering the message, not
 * reporting a missing mailbox; a refusal at MAIL FROM is about the sender, and one at the greeting
 * or HELO is about the sending server, since no recipient has been named yet.
 */

import { factoredBranches } from '../factored';
import { keysOf, needlesOf, type TrigramSet } from './prefilter';

export type SmtpCommand = 'CONN' | 'HELO' | 'MAIL' | 'RCPT' | 'DATA';

export interface StagePhrase {
  command: SmtpCommand;
  /** Fixed phrases only (no gaps): they run over strangers' text. */
  pattern: RegExp;
  note: string;
}

/** How mail servers name the command a reply answered. */
export const STAGE_PHRASES: readonly StagePhrase[] = [
  { command: 'DATA', pattern: /in reply to end of DATA command|in reply to DATA command|after end of data|after DATA command|>>> DATA\b|SMTP command:? DATA\b|failed after I sent the message|did not like our final DATA/i, note: 'Postfix "(in reply to end of DATA command)"; Exim "after end of data"; Sendmail ">>> DATA"; m-FILTER; qmail; DragonFly dma' },
  { command: 'RCPT', pattern: /in reply to RCPT TO command|after RCPT TO\b|>>> RCPT TO\b|SMTP command:? RCPT\b|SMTP:RCPT host\b|does not like recipient|did not like our RCPT TO/i, note: 'Postfix; Exim "after RCPT TO:"; Sendmail ">>> RCPT To:"; qmail; DragonFly dma "did not like our RCPT TO"; X3 "SMTP:RCPT host"' },
  { command: 'MAIL', pattern: /in reply to MAIL FROM command|after MAIL FROM\b|>>> MAIL FROM\b|SMTP command:? MAIL\b|but sender was rejected/i, note: 'Postfix; Exim "after MAIL FROM:"; Sendmail ">>> MAIL From:"; qmail' },
  { command: 'HELO', pattern: /in reply to (?:HELO|EHLO) command|after (?:HELO|EHLO)\b|>>> (?:HELO|EHLO)\b|but my name was rejected/i, note: 'Postfix; Exim "after EHLO"; Sendmail; qmail' },
  { command: 'CONN', pattern: /while receiving the initial server greeting|after initial connection|but greeting failed/i, note: 'Postfix; Exim "after initial connection"; qmail' },
];

/**
 * The stage a text names. In the remote server's own reply (or the line quoting it) the last
 * mention wins, as in a transcript the failing command comes last; in the wider notice, which may
 * cover several recipients refused at different stages, a stage counts only when it is the only
 * one named.
 */
export function stageOf(text: string, scope: 'reply' | 'notice', trigrams?: TrigramSet): SmtpCommand | null {
  if (!text) return null;
  // The text's trigram table, when the caller has one, rules out most texts without a scan.
  if (trigrams && !STAGE_KEYS.some((keys) => trigrams.mayContain(keys))) return null;
  // One pass of the combined pattern finds every position where some phrase starts; each phrase is
  // then checked there alone, so the last position of each phrase is exactly what one scan per
  // phrase would give. Measured over the corpus's notices (first 4,000 characters, whitespace collapsed):
  // 2.3 µs a text, against 7.7 µs for a search plus a last-match scan per phrase.
  const last = LAST_AT.fill(-1);
  ANY_PHRASE.lastIndex = 0;
  for (let m = ANY_PHRASE.exec(text); m; m = ANY_PHRASE.exec(text)) {
    const index = m.index;
    for (let i = 0; i < PHRASE_AT.length; i++) {
      const sticky = PHRASE_AT[i]!;
      sticky.lastIndex = index;
      if (sticky.test(text)) last[i] = index;
    }
    ANY_PHRASE.lastIndex = index + 1;
  }
  let found: SmtpCommand | null = null;
  let at = -1;
  let distinct = 0;
  for (let i = 0; i < STAGE_PHRASES.length; i++) {
    if (trigrams && !trigrams.mayContain(STAGE_KEYS[i]!)) continue;
    const index = last[i]!;
    if (index < 0) continue;
    distinct++;
    if (index > at) {
      at = index;
      found = STAGE_PHRASES[i]!.command;
    }
  }
  if (scope === 'notice' && distinct > 1) return null;
  return found;
}

const STAGE_KEYS = STAGE_PHRASES.map((p) => keysOf(needlesOf(p.pattern.source)));
/** Each phrase anchored where the scan stopped. */
const PHRASE_AT: readonly RegExp[] = STAGE_PHRASES.map((p) => new RegExp(p.pattern.source, `${p.pattern.flags.replace(/[gy]/g, '')}y`));

/**
 * Splits a pattern source after each top-level `|` (dropped) or space (kept, unless a quantifier
 * follows it): outside groups and classes.
 */
function splitTopLevel(source: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === separator && depth === 0 && !(separator === ' ' && /[?*+{]/.test(source[i + 1] ?? ''))) {
      parts.push(source.slice(from, i + (separator === ' ' ? 1 : 0)));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts.filter((part) => part !== '');
}

/** The alternatives factored by leading words ("after (?:end of data|DATA command|RCPT TO\b|…)"); see factoredBranches. */
function factored(sources: readonly string[]): string {
  return factoredBranches(sources.flatMap((source) => splitTopLevel(source, '|')).map((alternative) => splitTopLevel(alternative, ' '))).join('|');
}

/**
 * Any phrase; their flags (case-insensitive) are shared, so one set of flags serves the union. Its
 * alternatives are factored by leading words, so at each candidate position the engine reads
 * "after " once rather than once per phrase: measured 1.4 µs against 1.9 µs per corpus context.
 */
export const ANY_PHRASE = new RegExp(factored(STAGE_PHRASES.map((p) => p.pattern.source)), `${STAGE_PHRASES[0]!.pattern.flags.replace(/[gy]/g, '')}g`);
if (STAGE_PHRASES.some((p) => p.pattern.flags !== STAGE_PHRASES[0]!.pattern.flags)) throw new Error('stage phrases must share their flags');
// MAY_NAME_STAGE, and reading a notice's stage from its unfolded copy alone (index.ts), rely on
// phrases of words, single spaces, ">", ":?" and \b: no digits, classes, escapes or repeats.
if (STAGE_PHRASES.some((p) => /\d|\\[^b]|[[.*+{]|(?:^|\|) | (?:\||$)/.test(p.pattern.source))) throw new Error('stage phrases must be plain words');

/**
 * Whether a raw, not yet normalised text may name a stage: false only when no phrase can occur in
 * it once whitespace is collapsed and multi-line reply prefixes ("550-5.7.1 ", " 550 5.7.1 ") are
 * taken out (index.ts, haystackOf). ANY_PHRASE with every space widened to `[\s\d.-]+`:
 * normalising turns a whitespace run into one space and removes runs of digits, dots, hyphens and
 * spaces that start after a space or a non-word character, so two words of a phrase stand in the
 * raw text separated by such characters only (a prefix never splits a word: it starts at a word
 * boundary and the phrases hold no digits). ">>> " becomes `>[\s\d.-]+`, the last ">" only: a
 * prefix may also stand between the ">"s, and a pattern that runs over ">>>>…" from each ">" would
 * backtrack polynomially. A rendered notice's stage is read
 * only after its diagnostic has named the cause, and most name no stage at all: measured 0.55 µs
 * for this test against ~3 µs to normalise a corpus context and scan it with ANY_PHRASE.
 */
export const MAY_NAME_STAGE = widenedForRawText(ANY_PHRASE);

/** A phrase pattern for raw text, as MAY_NAME_STAGE explains. */
function widenedForRawText(phrases: RegExp): RegExp {
  return new RegExp(phrases.source.replace(/>>> /g, '>[\\s\\d.-]+').replace(/ /g, '[\\s\\d.-]+'), phrases.flags.replace('g', ''));
}

/** Commands answered before any recipient is named (MAIL FROM, HELO/EHLO, the greeting). */
export const BEFORE_RECIPIENTS: ReadonlySet<SmtpCommand> = new Set(['MAIL', 'HELO', 'CONN']);
/** MAY_NAME_STAGE for the phrases of BEFORE_RECIPIENTS' commands only. */
export const MAY_NAME_STAGE_BEFORE_RECIPIENTS = widenedForRawText(
  new RegExp(factored(STAGE_PHRASES.filter((p) => BEFORE_RECIPIENTS.has(p.command)).map((p) => p.pattern.source)), ANY_PHRASE.flags),
);
const LAST_AT = new Int32Array(STAGE_PHRASES.length);
