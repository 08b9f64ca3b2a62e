/**
 * Corpus scoring helpers: load the labelled corpus from ../shared, build what a webmail would show
 * with postal-mime (an independent parser, so rendered mode is not graded by our own MIME reader),
 * and compare diagnoses with the labels field by field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import type { Diagnosis, RenderedMessage } from '../../src/core/types';
import { CORPUS_DIR } from '../shared-corpus';

export interface LabelledRecipient {
  address: string | null;
  kind: string;
  status: string | null;
  reply: number | null;
  reason: string;
}

export interface LabelledMessage {
  file: string;
  bounce: boolean;
  recipients: LabelledRecipient[];
}

export function loadLabels(): LabelledMessage[] {
  return JSON.parse(readFileSync(path.join(CORPUS_DIR, 'expected.json'), 'utf8')) as LabelledMessage[];
}

export function readCorpusFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS_DIR, file)));
}

/** What a browser's innerText would roughly give for an HTML part; deliberately independent of src/. */
function visibleTextOfHtml(html: string): string {
  return html
    .replace(/<(style|script|head)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|h\d|li|table)>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The sender as the content script passes it: the name a webmail shows beside the address (src/content/dom.ts formatSender). */
function senderAsShown(name: string | undefined, address: string | undefined): string {
  const shown = name?.trim();
  if (address && shown && shown !== address) return `${shown} <${address}>`;
  return address ?? shown ?? '';
}

/** Subject, sender and visible body: no headers, no delivery-status part, no returned original. */
export async function renderLikeWebmail(bytes: Uint8Array): Promise<RenderedMessage> {
  // A webmail's server reads CR-only (old Mac) sources fine; postal-mime needs LF or CRLF.
  const crOnly = bytes.includes(13) && !bytes.includes(10);
  const source = crOnly ? new TextEncoder().encode(new TextDecoder('latin1').decode(bytes).replace(/\r/g, '\r\n')) : bytes;
  const email = await PostalMime.parse(source, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  const text = email.text && email.text.trim() !== '' ? email.text : visibleTextOfHtml(email.html ?? '');
  return { text, subject: email.subject ?? '', from: senderAsShown(email.from?.name, email.from?.address), date: email.date ?? null };
}

export type Field = 'bounce' | 'kind' | 'status' | 'reply' | 'reason' | 'address';
export const FIELDS: readonly Field[] = ['bounce', 'kind', 'status', 'reply', 'reason', 'address'];

export interface Tally {
  agree: number;
  total: number;
  misses: string[];
  /** Rows that agree only through the documented "expired" convention (kind only); printed, never hidden. */
  byConvention: string[];
}

export function emptyTallies(): Record<Field, Tally> {
  const tallies = {} as Record<Field, Tally>;
  for (const name of FIELDS) tallies[name] = { agree: 0, total: 0, misses: [], byConvention: [] };
  return tallies;
}

function recipientKind(diagnosis: Diagnosis, index: number): string | null {
  const recipient = diagnosis.recipients[index];
  if (diagnosis.bounce && recipient) {
    if (recipient.action === 'failed') return 'failure';
    if (recipient.action === 'delayed') return 'delay';
  }
  return diagnosis.kind;
}

/**
 * The labels follow Sisimai's convention of marking a recipient whose retries ran out (reason
 * "expired") as kind "delay", even when the notice is the final failure (Action: failed). This
 * project's contract says the opposite: a final notice after retries is kind "failure". Both agree
 * on the fact that matters (the message expired after retrying), so an expired-after-retries
 * failure counts as agreeing with such a label. Any other delay/failure mismatch still counts.
 */
function kindAgrees(expected: LabelledRecipient, got: string | null): boolean {
  if (expected.kind === got) return true;
  return expected.kind === 'delay' && expected.reason === 'expired' && got === 'failure';
}

/**
 * Score one message. `onlyWhereVisible` (rendered mode) limits status/reply rows to those whose
 * labelled value occurs in the visible text. `exceptions` maps "file#index:field" to a reason.
 */
export function score(
  tallies: Record<Field, Tally>,
  label: LabelledMessage,
  diagnosis: Diagnosis,
  exceptions: Readonly<Record<string, string>>,
  visibleText: string | null = null,
): void {
  const count = (field: Field, key: string, agree: boolean, detail: string): void => {
    if (exceptions[`${key}:${field}`] !== undefined) return;
    tallies[field].total++;
    if (agree) tallies[field].agree++;
    else tallies[field].misses.push(`${key}:${field} ${detail}`);
  };
  count('bounce', label.file, diagnosis.bounce === label.bounce, `expected ${label.bounce} got ${diagnosis.bounce}`);
  label.recipients.forEach((expected, index) => {
    const key = `${label.file}#${index}`;
    let matched = expected.address ? diagnosis.recipients.findIndex((r) => r.address?.toLowerCase() === expected.address!.toLowerCase()) : -1;
    if (matched < 0) matched = index;
    const got = diagnosis.recipients[matched];
    const gotKind = recipientKind(diagnosis, matched);
    const kindOk = kindAgrees(expected, gotKind);
    if (kindOk && expected.kind !== gotKind && exceptions[`${key}:kind`] === undefined) tallies.kind.byConvention.push(key);
    count('kind', key, kindOk, `expected ${expected.kind} got ${gotKind}`);
    count('reason', key, got?.reason === expected.reason, `expected ${expected.reason} got ${got?.reason} [${got?.status} ${got?.reply} ${got?.diagnostic?.slice(0, 100)}]`);
    if (expected.address) count('address', key, got?.address?.toLowerCase() === expected.address.toLowerCase(), `expected ${expected.address} got ${got?.address}`);
    if (expected.status && (visibleText === null || visibleText.includes(expected.status))) {
      count('status', key, got?.status === expected.status, `expected ${expected.status} got ${got?.status} [${got?.diagnostic?.slice(0, 100)}]`);
    }
    if (expected.reply !== null && (visibleText === null || visibleText.includes(String(expected.reply)))) {
      count('reply', key, got?.reply === expected.reply, `expected ${expected.reply} got ${got?.reply} [${got?.diagnostic?.slice(0, 100)}]`);
    }
  });
}

export function percent(tally: Tally): number {
  return tally.total === 0 ? 100 : Math.floor((tally.agree / tally.total) * 1000) / 10;
}

export function formatTable(title: string, tallies: Record<Field, Tally>): string {
  const rows = FIELDS.map((name) => `  ${name.padEnd(8)} ${String(tallies[name].agree).padStart(4)} / ${String(tallies[name].total).padEnd(4)} ${percent(tallies[name]).toFixed(1).padStart(5)} %`);
  const kind = tallies.kind;
  const strict = kind.total === 0 ? 100 : Math.floor(((kind.agree - kind.byConvention.length) / kind.total) * 1000) / 10;
  const note = `  (kind: ${kind.byConvention.length} of the agreeing rows are labelled "delay"+"expired" where we say "failure" for a final notice; strictly ${strict.toFixed(1)} %)`;
  return [`${title}`, '  field     agree / rows    %', ...rows, note].join('\n');
}
