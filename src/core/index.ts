/**
 * The analyzer's public entry points. Pure TypeScript: no DOM, no browser APIs, so it runs in the
 * content script, the CLI and the tests alike.
 */
import { analyzeRawMessage, analyzeRenderedText } from './analyze';
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
}

/** A raw message starts with header fields; rendered text starts with prose. */
const RAW_START = /^(?:From [^\r\n]{0,200}(?:\r\n?|\n))?(?:[!-9;-~]{1,76}:[^\r\n]*(?:\r\n?|\n)){2}/;
const KNOWN_HEADER = /^(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Delivered-To|X-[\w-]+|DKIM-Signature|Authentication-Results|ARC-[\w-]+|Reply-To|Sender|Auto-Submitted):/im;

function looksRaw(input: string | Uint8Array): boolean {
  const head = typeof input === 'string' ? input.slice(0, 4000) : String.fromCharCode(...input.subarray(0, 4000));
  return RAW_START.test(head) && KNOWN_HEADER.test(head);
}

function fallbackDiagnosis(input: 'raw' | 'rendered'): Diagnosis {
  return { bounce: false, kind: null, reporter: null, reporterName: null, recipients: [], advice: null, input };
}

export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Diagnosis {
  const mode = options.mode ?? 'auto';
  const raw = mode === 'raw' || (mode === 'auto' && looksRaw(input));
  try {
    if (raw) return analyzeRawMessage(input, options);
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    return analyzeRenderedText(text, options);
  } catch {
    // The analyzer must never break the page; an unreadable input is simply not diagnosed.
    return fallbackDiagnosis(raw ? 'raw' : 'rendered');
  }
}

export function analyzeRendered(message: RenderedMessage, options: Omit<AnalyzeOptions, 'mode'> = {}): Diagnosis {
  try {
    return analyzeRenderedText(message.text ?? '', {
      ...options,
      subject: message.subject ?? options.subject ?? null,
      from: message.from ?? options.from ?? null,
      date: message.date ?? options.date ?? null,
    });
  } catch {
    return fallbackDiagnosis('rendered');
  }
}

export { mightBeBounce } from './precheck';
