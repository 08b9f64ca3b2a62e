import { logError } from './log';

/** The subset of browser.storage.local we use; a fake with the same shape drives the tests. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SiteId = 'gmail' | 'outlook';

export interface Settings {
  sites: Record<SiteId, boolean>;
}

export const SETTINGS_KEY = 'settings';
export const PANEL_PREFIX = 'panel:';
/** Written by the options page when the user asks to forget; open tabs react to this key alone. */
export const FORGOTTEN_AT_KEY = 'forgottenAt';
/** Collapse/dismiss records older than this are dropped at start-up (a notice is rarely reopened after it). */
export const PANEL_RECORD_MAX_AGE_MS = 180 * 24 * 3600_000;
export const DEFAULT_SETTINGS: Settings = { sites: { gmail: true, outlook: true } };

export interface PanelState {
  collapsed: boolean;
  dismissed: boolean;
}

const EMPTY: PanelState = { collapsed: false, dismissed: false };

/** Stored compactly: one small record per message the user collapsed or dismissed, with when, for pruning. */
interface StoredPanelState {
  c?: 1;
  d?: 1;
  t: number;
}

export function memoryArea(): KeyValueArea {
  const data = new Map<string, unknown>();
  return {
    async get(keys) {
      const list = keys == null ? Array.from(data.keys()) : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

/**
 * Collapse/dismiss memory per message key. If extension storage is missing or failing (e.g. the extension
 * was reloaded under an open tab), it keeps working in memory for this page's lifetime.
 */
export class PanelStateStore {
  private readonly cache = new Map<string, PanelState>();
  private area: KeyValueArea;

  constructor(area: KeyValueArea | null) {
    this.area = area ?? memoryArea();
  }

  async get(key: string): Promise<PanelState> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    let state = EMPTY;
    try {
      const got = await this.area.get(PANEL_PREFIX + key);
      const raw = got[PANEL_PREFIX + key] as StoredPanelState | undefined;
      if (raw && typeof raw === 'object') state = { collapsed: raw.c === 1, dismissed: raw.d === 1 };
    } catch (err) {
      this.degrade(err);
    }
    this.cache.set(key, state);
    return state;
  }

  async update(key: string, patch: Partial<PanelState>): Promise<void> {
    const next = { ...(this.cache.get(key) ?? EMPTY), ...patch };
    this.cache.set(key, next);
    try {
      if (!next.collapsed && !next.dismissed) await this.area.remove(PANEL_PREFIX + key);
      else {
        const rec: StoredPanelState = { t: Date.now() };
        if (next.collapsed) rec.c = 1;
        if (next.dismissed) rec.d = 1;
        await this.area.set({ [PANEL_PREFIX + key]: rec });
      }
    } catch (err) {
      this.degrade(err);
    }
  }

  /** Drops what this page remembers, e.g. after the options page cleared storage. */
  forgetCached(): void {
    this.cache.clear();
  }

  private degrade(err: unknown): void {
    logError('storage unavailable, remembering in memory only', err);
    this.area = memoryArea();
  }
}

export async function readSettings(area: KeyValueArea | null): Promise<Settings> {
  try {
    const got = area ? await area.get(SETTINGS_KEY) : {};
    const raw = got[SETTINGS_KEY] as Partial<Settings> | undefined;
    return { sites: { ...DEFAULT_SETTINGS.sites, ...(raw?.sites ?? {}) } };
  } catch (err) {
    logError('reading settings', err);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function writeSettings(area: KeyValueArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}

/** Removes every remembered collapse/dismiss and tells open tabs; returns how many messages were affected. */
export async function forgetPanels(area: KeyValueArea): Promise<number> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(PANEL_PREFIX));
  if (keys.length) await area.remove(keys);
  await area.set({ [FORGOTTEN_AT_KEY]: Date.now() });
  return keys.length;
}

/** Drops collapse/dismiss records older than PANEL_RECORD_MAX_AGE_MS, so storage does not grow for ever. */
export async function prunePanels(area: KeyValueArea, now = Date.now()): Promise<number> {
  const all = await area.get(null);
  const stale = Object.entries(all)
    .filter(([k, v]) => k.startsWith(PANEL_PREFIX) && !(typeof (v as StoredPanelState | null)?.t === 'number' && now - (v as StoredPanelState).t < PANEL_RECORD_MAX_AGE_MS))
    .map(([k]) => k);
  if (stale.length) await area.remove(stale);
  return stale.length;
}
