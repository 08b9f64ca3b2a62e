/**
 * RFC 3464 delivery-status fields (and the RFC 5965 feedback-report, which shares the syntax).
 * Tolerant of what real systems send: missing blank lines between recipient blocks, folded
 * values, field names in any case, extension fields (X-Postfix-*, X-Actual-Recipient...).
 */
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
const MAX_RECIPIENTS = 20_000;

export function parseFieldLines(text: string): FieldBlock[] {
  // One pass with indexOf instead of split('\n') + per-line regexes: DSNs of mass mailings carry
  // thousands of recipient blocks, and this loop is their whole cost.
  const blocks: FieldBlock[] = [];
  let block: FieldBlock = new Map();
  let lastValues: string[] | null = null;
  let start = 0;
  const length = text.length;
  while (start <= length && blocks.length < MAX_RECIPIENTS) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const lineStart = start;
    start = end + 1;
    const first = text.charCodeAt(lineStart);
    if (end === lineStart || ((first === 32 || first === 9) && text.slice(lineStart, end).trim() === '')) {
      if (block.size > 0) blocks.push(block);
      block = new Map();
      lastValues = null;
      continue;
    }
    if (first === 32 || first === 9) {
      if (lastValues) lastValues[lastValues.length - 1] += ' ' + text.slice(lineStart, end).trim();
      continue;
    }
    const colon = text.indexOf(':', lineStart);
    if (colon <= lineStart || colon >= end || colon - lineStart > 60) {
      lastValues = null;
      continue;
    }
    const name = fieldName(text.slice(lineStart, colon));
    if (name === null) {
      lastValues = null;
      continue;
    }
    const value = text.slice(colon + 1, end).trim();
    if (RECIPIENT_OPENERS.has(name) && block.has(name)) {
      blocks.push(block);
      block = new Map();
    }
    const values = block.get(name);
    if (values) values.push(value);
    else block.set(name, [value]);
    lastValues = block.get(name)!;
  }
  if (block.size > 0) blocks.push(block);
  return blocks;
}

const FIELD_NAME = /^[\w-]+$/;

// Field names repeat thousands of times in a mass DSN: normalise each spelling once.
const fieldNames = new Map<string, string | null>();

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
  const angle = /<([^<>\s@]*@[^<>\s]*)>/.exec(address);
  if (angle) address = angle[1]!;
  // RFC 822 source route "@relay.example:user@host" names the route, not the mailbox
  address = trimChars(address.replace(/^@[^:\s]{1,255}:/, ''), "'<( ", ">') .,;:");
  if (/^"[^"]*"@/.test(address)) return address.toLowerCase();
  const bare = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/.exec(address);
  if (bare) return bare[0].toLowerCase();
  return address.length > 0 && address.length < 256 ? address.toLowerCase() : null;
}

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
  const word = /^[a-z]+/i.exec(value.trim());
  return word ? (ACTIONS[word[0].toLowerCase()] ?? null) : null;
}

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

/** Collapse whitespace and strip decoration around a quoted server reply. */
export function cleanDiagnostic(text: string): string {
  return trimChars(text.replace(/\s+/g, ' '), ' "\'(<', ' "\')>')
    .replace(/^(?:smtp|SMTP)\s*;\s*/, '')
    .trim();
}

/**
 * Strip characters from both ends. A loop, not /^[..]+|[..]+$/: the unanchored second branch
 * of that regex rescans every run of those characters, quadratic on hostile whitespace.
 */
export function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (leading.includes(text[start]!) || text.charCodeAt(start) === 9)) start++;
  while (end > start && (trailing.includes(text[end - 1]!) || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(start, end);
}
