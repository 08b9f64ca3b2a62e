/**
 * Recent bounces in extension storage (browser.storage.local, never synced): one key for the list and one
 * for the "keep no history" switch. The background script is the only writer of the list, through one
 * HistoryRecorder, so notices from several tabs at once cannot overwrite each other's entries.
 */
import type { KeyValueArea } from '../content/storage';
import type { Diagnosis } from '../core/types';
import { appendEntry, entryFor, findRepeat, sanitizeHistory, type HistoryEntry, type RepeatNote } from './history';
import { persistsActor } from './knowledge';

export const HISTORY_KEY = 'history';
/** true: keep no history (the options page's switch). Absent or false: keep it. */
export const HISTORY_OFF_KEY = 'historyOff';

export async function readHistory(area: KeyValueArea): Promise<HistoryEntry[]> {
  const got = await area.get(HISTORY_KEY);
  return sanitizeHistory(got[HISTORY_KEY]);
}

export async function isHistoryOff(area: KeyValueArea): Promise<boolean> {
  const got = await area.get(HISTORY_OFF_KEY);
  return got[HISTORY_OFF_KEY] === true;
}

/** Deletes the list; returns how many notices it held. */
export async function clearHistory(area: KeyValueArea): Promise<number> {
  const n = (await readHistory(area)).length;
  await area.remove(HISTORY_KEY);
  return n;
}

/** Switching history off also deletes what was kept: "keep no history" means none. Returns how many were deleted. */
export async function setHistoryOff(area: KeyValueArea, off: boolean): Promise<number> {
  await area.set({ [HISTORY_OFF_KEY]: off });
  return off ? clearHistory(area) : 0;
}

export interface SeenNotice {
  /** Fingerprint of the notice (see HistoryEntry.id). */
  id: string;
  /** Host name of the page it was seen on. */
  site: string;
  /** The date the page showed for it, if any (any Date-parsable string). */
  date?: string | null | undefined;
}

/**
 * Records each bounce seen in a webmail page and tells whether it repeats an earlier one. Calls are
 * chained: each reads the list after the previous write.
 */
export class HistoryRecorder {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly now: () => number = Date.now,
  ) {}

  /** The repeat note for `d` (computed before it is added), or null; records `d` unless history is off. */
  seen(d: Diagnosis, notice: SeenNotice): Promise<RepeatNote | null> {
    const run = this.chain.then(async () => {
      const seen = this.now();
      const sent = notice.date ? Date.parse(notice.date) : NaN;
      const entry = entryFor(d, { id: notice.id, site: notice.site, seen, sent: Number.isFinite(sent) ? sent : null });
      if (!entry) return { repeat: null, write: null };
      const got = await this.area.get([HISTORY_KEY, HISTORY_OFF_KEY]);
      const list = sanitizeHistory(got[HISTORY_KEY]);
      // Opened again: compare it as it was when first seen, not as a new notice.
      const known = list.find((e) => e.id === entry.id);
      const repeat = findRepeat(list, known ?? entry, persistsActor);
      const write = got[HISTORY_OFF_KEY] !== true && !known ? this.area.set({ [HISTORY_KEY]: appendEntry(list, entry) }) : null;
      return { repeat, write };
    });
    // The answer does not wait for the write; the next call does. A failed read or write must not stop the
    // notices after it from being recorded.
    this.chain = run.then((r) => r.write).catch(() => undefined);
    return run.then((r) => r.repeat);
  }
}

/** The note for a notice that is not recorded (the popup's pasted or dropped ones): history is only read. */
export async function repeatFor(area: KeyValueArea, d: Diagnosis, now = Date.now(), sent: number | null = null): Promise<RepeatNote | null> {
  const entry = entryFor(d, { id: '', site: '', seen: now, sent });
  if (!entry) return null;
  return findRepeat(await readHistory(area), entry, persistsActor);
}
