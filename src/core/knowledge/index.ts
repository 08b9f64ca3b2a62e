// TEMPORARY STUB — the knowledge-base work replaces this file. Signatures are the contract.
import type { Actor, Advice, DsnAction, NoticeKind, Reason, RecipientStatus, Verdict } from '../types';

export interface ClassifyInput {
  status: string | null;
  reply: number | null;
  diagnostic: string | null;
  reporter: string | null;
  action: DsnAction | null;
  remoteMta: string | null;
  /** Other text of the notice that may hint at the cause (e.g. Gmail's "address couldn't be found"). */
  context?: string | null;
}

export interface Classification {
  reason: Reason;
  cause: string;
  verdict: Verdict;
  actor: Actor;
}

export function classify(_input: ClassifyInput): Classification {
  return { reason: 'undefined', cause: 'unknown', verdict: 'act', actor: 'sender' };
}

export interface AdviseInput {
  recipient: RecipientStatus;
  kind: NoticeKind;
  reporter: string | null;
}

export function advise(_input: AdviseInput): Advice {
  return { headline: '', explanation: '', steps: [], dnsExamples: [] };
}

/** The reporter's documented default retry window, when known. */
export function defaultRetryWindow(_reporter: string | null): { hours: number; note: string } | null {
  return null;
}
