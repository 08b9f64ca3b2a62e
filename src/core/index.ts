// TEMPORARY STUB — the analyzer work replaces this file. Signatures are the contract.
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

export function analyze(_input: string | Uint8Array, _options: AnalyzeOptions = {}): Diagnosis {
  return { bounce: false, kind: null, reporter: null, reporterName: null, recipients: [], advice: null, input: 'raw' };
}

export function analyzeRendered(_message: RenderedMessage, _options: Omit<AnalyzeOptions, 'mode'> = {}): Diagnosis {
  return { bounce: false, kind: null, reporter: null, reporterName: null, recipients: [], advice: null, input: 'rendered' };
}

/** Cheap pre-check for the content script: false means "certainly not a bounce, skip". */
export function mightBeBounce(_text: string, _subject?: string | null, _from?: string | null): boolean {
  return false;
}
