/**
 * RFC 3464 delivery-status fields (and the RFC 5965 feedback-report, which shares the syntax).
 * Tolerant of what real systems send: missing blank lines between recipient blocks, folded
 * values, field names in any case, extension fields (X-Postfix-*, X-Actual-Recipient...).
 */
import { stoppedAtLimit } from './limits';
import type { DsnAction } from './types';

export type FieldBlock = Map<string, string[]>;

export interface DeliveryStatus {
  /** Per-message fields (Reporting-MTA, Arrival-Date...). */
  message: FieldBlock;
  /** One block per recipient. */
  recipients: FieldBlock[];
}

/** Fields that open a new per-recipient block when they repeat without a separating blank line. */
const RECIPIENT_OPENERS = new Set(['final-recipient', 'original-recipient']);
const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient', 'action', 'status', 'diagnostic-code', 'remote-mta', 'x-actual-recipient', 'will-retry-until', 'last-attempt-date']);
/** Reaching it is reported (limits.ts): the recipient list may go on. */
const MAX_RECIPIENTS = 20_000;

/** What a field-line scan reports; the scan itself (line splitting, folding, block breaks) is shared. */
interface FieldSink {
  /** Whether the block being read already has this field (a repeated opener starts a new block). */
  has(name: string): boolean;
  add(name: string, value: string): void;
  /** A folded line's text, to append to the value added last. */
  extend(extra: string): void;
  /** End the block; true when it held any field. */
  close(): boolean;
}

function scanFieldLines(text: string, sink: FieldSink): void {
  // One pass with indexOf instead of split('\n') + per-line regexes: DSNs of mass mailings carry
  // thousands of recipient blocks, and this loop is their whole cost.
  let blocks = 0;
  let folding = false;
  let start = 0;
  const length = text.length;
  while (start <= length && blocks < MAX_RECIPIENTS) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const lineStart = start;
    start = end + 1;
    const first = text.charCodeAt(lineStart);
    if (end === lineStart || ((first === 32 || first === 9) && text.slice(lineStart, end).trim() === '')) {
      if (sink.close()) blocks++;
      folding = false;
      continue;
    }
    if (first === 32 || first === 9) {
      if (folding) sink.extend(trimmedSlice(text, lineStart, end));
      continue;
    }
    const colon = text.indexOf(':', lineStart);
    if (colon <= lineStart || colon >= end || colon - lineStart > 60) {
      folding = false;
      continue;
    }
    const name = knownFieldAt(text, lineStart, colon) ?? fieldName(text.slice(lineStart, colon));
    if (name === null) {
      folding = false;
      continue;
    }
    const value = trimmedSlice(text, colon + 1, end);
    if (RECIPIENT_OPENERS.has(name) && sink.has(name) && sink.close()) blocks++;
    sink.add(name, value);
    folding = true;
  }
  if (start <= length) stoppedAtLimit();
  sink.close();
}

/** text.slice(from, to).trim() with one string made instead of two (a mass DSN has tens of thousands of values). */
function trimmedSlice(text: string, from: number, to: number): string {
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

/** What String.prototype.trim removes: WhiteSpace and LineTerminator (ECMA-262). */
export function isTrimmed(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

class BlockCollector implements FieldSink {
  readonly blocks: FieldBlock[] = [];
  private block: FieldBlock = new Map();
  private lastValues: string[] | null = null;

  has(name: string): boolean {
    return this.block.has(name);
  }

  add(name: string, value: string): void {
    const values = this.block.get(name);
    if (values) values.push(value);
    else this.block.set(name, [value]);
    this.lastValues = this.block.get(name)!;
  }

  extend(extra: string): void {
    const values = this.lastValues!;
    values[values.length - 1] += ' ' + extra;
  }

  close(): boolean {
    this.lastValues = null;
    if (this.block.size === 0) return false;
    this.blocks.push(this.block);
    this.block = new Map();
    return true;
  }
}

export function parseFieldLines(text: string): FieldBlock[] {
  const collector = new BlockCollector();
  scanFieldLines(text, collector);
  return collector.blocks;
}

/** The per-recipient fields the analyzer reads, first value of each (Diagnostic-Code: all, joined by a space). */
export interface RecipientFields {
  finalRecipient: string | null;
  originalRecipient: string | null;
  actualRecipient: string | null;
  action: string | null;
  status: string | null;
  diagnosticCode: string | null;
  remoteMta: string | null;
  willRetryUntil: string | null;
}

// Slots of RecipientReader's value array.
type Slot = number;
const FINAL = 0, ORIGINAL = 1, ACTUAL = 2, ACTION = 3, STATUS = 4, DIAGNOSTIC = 5, REMOTE_MTA = 6, WILL_RETRY_UNTIL = 7, NONE = -1;

const SLOT_OF: ReadonlyMap<string, Slot> = new Map([
  ['final-recipient', FINAL], ['original-recipient', ORIGINAL], ['x-actual-recipient', ACTUAL], ['action', ACTION],
  ['status', STATUS], ['diagnostic-code', DIAGNOSTIC], ['remote-mta', REMOTE_MTA], ['will-retry-until', WILL_RETRY_UNTIL],
]);

/**
 * The recipient blocks of a delivery-status text, each handed over as soon as it ends: the same
 * blocks parseDeliveryStatus() calls recipients, without a Map and value arrays per block. A
 * 10,000-recipient DSN spent about a quarter of its analysis in the garbage collector with those.
 */
class RecipientReader implements FieldSink {
  private readonly values: (string | null)[] = [null, null, null, null, null, null, null, null];
  private readonly fields: RecipientFields = {
    finalRecipient: null, originalRecipient: null, actualRecipient: null, action: null, status: null, diagnosticCode: null, remoteMta: null, willRetryUntil: null,
  };
  private any = false;
  private recipientField = false;
  /** Where a folded line goes: the slot added last, when its value is the first (the one kept). */
  private folding: Slot = NONE;

  constructor(private readonly visit: (fields: Readonly<RecipientFields>) => void) {}

  has(name: string): boolean {
    const slot = SLOT_OF.get(name);
    return slot !== undefined && this.values[slot] !== null;
  }

  add(name: string, value: string): void {
    this.any = true;
    if (RECIPIENT_FIELDS.has(name)) this.recipientField = true;
    const slot = SLOT_OF.get(name) ?? NONE;
    this.folding = NONE;
    if (slot === NONE) return;
    const current = this.values[slot];
    if (current === null) {
      this.values[slot] = value;
      this.folding = slot;
    } else if (slot === DIAGNOSTIC) {
      this.values[slot] = current + ' ' + value;
      this.folding = slot;
    }
  }

  extend(extra: string): void {
    if (this.folding !== NONE) this.values[this.folding] += ' ' + extra;
  }

  close(): boolean {
    this.folding = NONE;
    if (!this.any) return false;
    const v = this.values;
    if (this.recipientField && (v[FINAL] !== null || v[ORIGINAL] !== null || v[ACTUAL] !== null || v[ACTION] !== null || v[STATUS] !== null)) {
      const f = this.fields;
      f.finalRecipient = v[FINAL]!;
      f.originalRecipient = v[ORIGINAL]!;
      f.actualRecipient = v[ACTUAL]!;
      f.action = v[ACTION]!;
      f.status = v[STATUS]!;
      f.diagnosticCode = v[DIAGNOSTIC]!;
      f.remoteMta = v[REMOTE_MTA]!;
      f.willRetryUntil = v[WILL_RETRY_UNTIL]!;
      this.visit(f);
    }
    v.fill(null);
    this.any = false;
    this.recipientField = false;
    return true;
  }
}

/**
 * Visit the recipient blocks of a delivery-status text (the blocks parseDeliveryStatus() calls
 * recipients), in order. The object passed is reused for the next block: read it, do not keep it.
 */
export function forEachRecipient(text: string, visit: (fields: Readonly<RecipientFields>) => void): void {
  scanFieldLines(text, new RecipientReader(visit));
}

const FIELD_NAME = /^[\w-]+$/;

// Field names repeat thousands of times in a mass DSN: normalise each spelling once.
const fieldNames = new Map<string, string | null>();

/**
 * The usual spellings, matched in place by their first letter: slicing each line's name and
 * hashing it for the Map below was a visible share of a 10,000-recipient DSN.
 */
const USUAL_SPELLINGS: (readonly (readonly [string, string])[] | undefined)[] = [];
for (const spelling of [
  'Final-Recipient', 'Original-Recipient', 'Action', 'Status', 'Diagnostic-Code', 'Remote-MTA', 'Reporting-MTA', 'Arrival-Date',
  'Last-Attempt-Date', 'Will-Retry-Until', 'X-Actual-Recipient', 'Received-From-MTA', 'X-Postfix-Queue-ID', 'X-Postfix-Sender',
]) {
  const code = spelling.charCodeAt(0);
  USUAL_SPELLINGS[code] = [...(USUAL_SPELLINGS[code] ?? []), [spelling, spelling.toLowerCase()] as const];
}

function knownFieldAt(text: string, start: number, colon: number): string | null {
  const candidates = USUAL_SPELLINGS[text.charCodeAt(start)];
  if (!candidates) return null;
  for (const [spelling, name] of candidates) if (colon - start === spelling.length && text.startsWith(spelling, start)) return name;
  return null;
}

function fieldName(raw: string): string | null {
  let name = fieldNames.get(raw);
  if (name === undefined) {
    const lower = raw.trimEnd().toLowerCase();
    name = FIELD_NAME.test(lower) ? lower : null;
    if (fieldNames.size < 1000) fieldNames.set(raw, name);
  }
  return name;
}

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const message: FieldBlock = new Map();
  const recipients: FieldBlock[] = [];
  for (const block of parseFieldLines(text)) {
    let isRecipient = false;
    for (const name of block.keys()) if (RECIPIENT_FIELDS.has(name)) isRecipient = true;
    if (isRecipient && (block.has('final-recipient') || block.has('original-recipient') || block.has('x-actual-recipient') || block.has('action') || block.has('status'))) {
      recipients.push(block);
    } else {
      for (const [name, values] of block) if (!message.has(name)) message.set(name, values);
    }
  }
  return { message, recipients };
}

export function field(block: FieldBlock, name: string): string | null {
  const values = block.get(name);
  return values && values.length > 0 ? values[0]! : null;
}

/** "rfc822; <user@example.com>" → "user@example.com". */
export function addressValue(value: string | null): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  let address = (semicolon >= 0 && semicolon < 20 ? value.slice(semicolon + 1) : value).trim();
  // The common plain "user@host": one regex instead of the five below, which give the same answer for it.
  if (PLAIN_ADDRESS.test(address) && address.charCodeAt(address.length - 1) !== 46) return address.toLowerCase();
  const angle = /<([^<>\s@]*@[^<>\s]*)>/.exec(address);
  if (angle) address = angle[1]!;
  // RFC 822 source route "@relay.example:user@host" names the route, not the mailbox
  address = trimChars(address.replace(/^@[^:\s]{1,255}:/, ''), "'<( ", ">') .,;:");
  if (/^"[^"]*"@/.test(address)) return address.toLowerCase();
  const bare = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/.exec(address);
  if (bare) return bare[0].toLowerCase();
  return address.length > 0 && address.length < 256 ? address.toLowerCase() : null;
}

const PLAIN_ADDRESS = /^[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+$/;

/** "dns; mx.example.com" → "mx.example.com". */
export function hostValue(value: string | null): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  const host = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim().replace(/^\[|\]$/g, '');
  const token = /^[^\s()\[\]]+/.exec(host);
  return token ? token[0].toLowerCase().replace(/\.$/, '') : null;
}

const ACTIONS: Record<string, DsnAction> = {
  failed: 'failed',
  failure: 'failed',
  delayed: 'delayed',
  delay: 'delayed',
  delivered: 'delivered',
  relayed: 'relayed',
  expanded: 'expanded',
  deliverable: 'delivered',
};

export function actionValue(value: string | null): DsnAction | null {
  if (!value) return null;
  // a mass DSN repeats one Action value thousands of times
  if (value === lastActionValue) return lastAction;
  const word = /^[a-z]+/i.exec(value.trim());
  lastActionValue = value;
  lastAction = word ? (ACTIONS[word[0].toLowerCase()] ?? null) : null;
  return lastAction;
}

let lastActionValue: string | null = null;
let lastAction: DsnAction | null = null;

const ENHANCED_STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

/** First RFC 3463 enhanced status code in the text, normalised ("5.1.1"); null if none. */
export function statusValue(value: string | null): string | null {
  if (!value) return null;
  const match = ENHANCED_STATUS.exec(value);
  return match ? `${match[1]}.${Number(match[2])}.${Number(match[3])}` : null;
}

/** Diagnostic-Code "smtp; 550 5.1.1 <x>... User unknown" → the server's words, whitespace collapsed. */
export function diagnosticValue(value: string | null): string | null {
  if (!value) return null;
  const cleaned = cleanDiagnostic(value.replace(/^\s*(?:smtp|x-[\w-]+|x400|mail|unix|ms|ldap)\s*;\s*/i, ''));
  return cleaned === '' ? null : cleaned;
}

const SMTP_PREFIX = /^(?:smtp|SMTP)\s*;\s*/;

/**
 * The trimmed text with its final ")" back when that closes a "(" of the text: qmail ends its replies
 * with "(#5.1.1)", and "(in reply to RCPT TO command)" ends many a Postfix line.
 */
function keepClosingParenthesis(collapsed: string, trimmed: string): string {
  if (!trimmed.includes('(')) return trimmed;
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code === 40) depth++;
    else if (code === 41 && depth > 0) depth--;
  }
  if (depth === 0) return trimmed;
  const tail = collapsed.slice(collapsed.lastIndexOf(trimmed) + trimmed.length);
  return tail.includes(')') ? `${trimmed})` : trimmed;
}

/** Collapse whitespace and strip decoration around a quoted server reply. */
export function cleanDiagnostic(text: string): string {
  const collapsed = collapseWhitespace(text);
  const cleaned = keepClosingParenthesis(collapsed, trimChars(collapsed, ' "\'(<', ' "\')>'));
  const prefixed = cleaned.startsWith('smtp') || cleaned.startsWith('SMTP');
  return (prefixed ? cleaned.replace(SMTP_PREFIX, '') : cleaned).trim();
}

/**
 * The whitespace runs that are not already one space: what /\s+/g would change. Testing for such a
 * run, then replacing every run (a match per word gap), cost twice as much: ~425 against ~220 ns
 * per diagnostic of the corpus.
 */
const UNCOLLAPSED = /[^\S ]\s*| \s+/g;

/** Every whitespace run as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(UNCOLLAPSED, ' ');
}

/**
 * Strip characters from both ends. A loop, not /^[..]+|[..]+$/: the unanchored second branch
 * of that regex rescans every run of those characters, quadratic on hostile whitespace.
 */
export function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isStrippable(text.charCodeAt(start), leading)) start++;
  while (end > start && isStrippable(text.charCodeAt(end - 1), trailing)) end--;
  return text.slice(start, end);
}

/** A tab, or one of `chars` (a short list of ASCII characters). */
function isStrippable(code: number, chars: string): boolean {
  if (code === 9) return true;
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}
