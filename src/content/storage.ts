import { contextGone } from './lifecycle';
import { logError } from './log';
import { withRetry } from './messaging';

/** The subset of browser.storage.local we use; a fake with the same shape drives the tests. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type SiteId = 'gmail' | 'outlook';

export interface Settings {
  sites: Record<SiteId, boolean>;
  /** The panel's language: a code of UI_LANGUAGES, or "auto" for the browser's own. */
  language: string;
}

export const SETTINGS_KEY = 'settings';
export const PANEL_PREFIX = 'panel:';
/** Written by the options page when the user asks to forget; open tabs react to this key alone. */
export const FORGOTTEN_AT_KEY = 'forgottenAt';
/** Collapse/dismiss records older than this are dropped at start-up (a notice is rarely reopened after it). */
export const PANEL_RECORD_MAX_AGE_MS = 180 * 24 * 3600_000;
export const DEFAULT_SETTINGS: Settings = { sites: { gmail: true, outlook: true }, language: 'auto' };

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

/** Pauses before a failed storage call is tried again (a busy or restarting extension process). */
export const STORAGE_RETRY_DELAYS_MS: readonly number[] = [100, 400];

export interface StoreOptions {
  retryDelays?: readonly number[];
  wait?: (ms: number) => Promise<void>;
}

/**
 * Collapse/dismiss memory per message key. A failing storage call is tried again (STORAGE_RETRY_DELAYS_MS)
 * before the page makes do with what it remembers in memory; the next call tries storage again, so one
 * bad moment does not cost the page its memory for good. Without extension storage at all (the area is
 * null) it works in memory.
 */
export class PanelStateStore {
  private readonly cache = new Map<string, PanelState>();
  private readonly area: KeyValueArea;
  private readonly options: StoreOptions;
  /** Storage failed (every retry too) and no call has succeeded since: the failure was logged once. */
  private failing = false;

  constructor(area: KeyValueArea | null, options: StoreOptions = {}) {
    this.area = area ?? memoryArea();
    this.options = options;
  }

  async get(key: string): Promise<PanelState> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const got = await this.attempt(() => this.area.get(PANEL_PREFIX + key));
    // A read that failed is not cached: a later read tries storage again.
    if (got === FAILED) return this.cache.get(key) ?? EMPTY;
    const raw = got[PANEL_PREFIX + key] as StoredPanelState | undefined;
    const state = raw && typeof raw === 'object' ? { collapsed: raw.c === 1, dismissed: raw.d === 1 } : EMPTY;
    // An update made while the read was under way wins over what the read found.
    if (!this.cache.has(key)) this.cache.set(key, state);
    return this.cache.get(key)!;
  }

  async update(key: string, patch: Partial<PanelState>): Promise<void> {
    const next = { ...(this.cache.get(key) ?? EMPTY), ...patch };
    this.cache.set(key, next);
    await this.attempt(() => {
      if (!next.collapsed && !next.dismissed) return this.area.remove(PANEL_PREFIX + key);
      const rec: StoredPanelState = { t: Date.now() };
      if (next.collapsed) rec.c = 1;
      if (next.dismissed) rec.d = 1;
      return this.area.set({ [PANEL_PREFIX + key]: rec });
    });
  }

  /** Drops what this page remembers, e.g. after the options page cleared storage. */
  forgetCached(): void {
    this.cache.clear();
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T | typeof FAILED> {
    try {
      const result = await withRetry(call, {
        delays: this.options.retryDelays ?? STORAGE_RETRY_DELAYS_MS,
        fatal: contextGone,
        ...(this.options.wait ? { wait: this.options.wait } : {}),
      });
      this.failing = false;
      return result;
    } catch (err) {
      if (!this.failing) logError('storage unavailable, remembering in memory for now', err);
      this.failing = true;
      return FAILED;
    }
  }
}

const FAILED = Symbol('storage call failed');

export async function readSettings(area: KeyValueArea | null): Promise<Settings> {
  try {
    const got = area ? await area.get(SETTINGS_KEY) : {};
    const raw = got[SETTINGS_KEY] as Partial<Settings> | undefined;
    return { sites: { ...DEFAULT_SETTINGS.sites, ...(raw?.sites ?? {}) }, language: typeof raw?.language === 'string' ? raw.language : DEFAULT_SETTINGS.language };
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
