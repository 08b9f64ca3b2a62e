/**
 * How much of a notice the analyzer reads, and whether the analysis under way stopped at one of its
 * bounds while more followed (then the recipient list may be incomplete: Diagnosis.truncated).
 *
 * The flag is module state rather than a value returned through every reader: the readers that stop
 * at a bound (the notice cut, the address scan, the DSN block scan) sit several calls below the entry
 * points, and analyses are synchronous and never interleaved (the reasoning of analyze.ts's shared
 * trigram table). The entry points in index.ts reset it before each analysis and read it after.
 */

/** Characters of a notice's text the analyzer reads; callers (the content script) need not send more. */
export const MAX_NOTICE_TEXT = 200_000;

let stopped = false;
let callerCut = false;

/** Before an analysis. `cutByCaller`: the text handed in is already the beginning of a longer one. */
export function beginReading(cutByCaller: boolean): void {
  stopped = false;
  callerCut = cutByCaller;
}

/** A reader stopped at a bound with more input after it. */
export function stoppedAtLimit(): void {
  stopped = true;
}

/** The caller said the text it handed in was already cut (RenderedMessage.truncated). */
export function inputCutByCaller(): boolean {
  return callerCut;
}

/** After an analysis: whether any reader stopped at a bound. */
export function endReading(): boolean {
  const result = stopped;
  stopped = false;
  callerCut = false;
  return result;
}
