/**
 * Records the bounces seen in webmail pages (background script). Imports the knowledge base, for the "if it
 * persists" actor of the repeat note.
 */
import type { KeyValueArea } from '../content/storage';
import type { Diagnosis } from '../core/types';
import { appendEntry, entryFor, findRepeat, sanitizeHistory, type RepeatNote } from './history';
import { persistsActor } from './knowledge';
import { HISTORY_KEY, HISTORY_OFF_KEY } from './store';

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
