/**
 * Recent bounces in extension storage (browser.storage.local, never synced): one key for the list and one
 * for the "keep no history" switch. The background script is the only writer of the list, through one
 * HistoryRecorder (recorder.ts), so notices from several tabs at once cannot overwrite each other's entries.
 * No knowledge base here: the options page imports this module and stays small.
 */
import type { KeyValueArea } from '../content/storage';
import { sanitizeHistory, type HistoryEntry } from './history';

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
