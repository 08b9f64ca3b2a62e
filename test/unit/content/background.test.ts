// The background script's housekeeping, against a fake extension API.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PANEL_RECORD_MAX_AGE_MS, SETTINGS_KEY } from '../../../src/content/storage';

type InstalledListener = (details: { reason: string }) => Promise<void> | void;
const installed: InstalledListener[] = [];
const data = new Map<string, unknown>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'bounce-lens-test',
      onMessage: { addListener: () => undefined },
      onInstalled: { addListener: (fn: InstalledListener) => installed.push(fn) },
      onStartup: { addListener: () => undefined },
      openOptionsPage: async () => undefined,
    },
    action: { onClicked: { addListener: () => undefined } },
    storage: {
      local: {
        get: async (k: string | string[] | null) => {
          const keys = k == null ? Array.from(data.keys()) : Array.isArray(k) ? k : [k];
          return Object.fromEntries(keys.filter((x) => data.has(x)).map((x) => [x, data.get(x)]));
        },
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) data.set(k, v);
        },
        remove: async (k: string | string[]) => {
          for (const x of Array.isArray(k) ? k : [k]) data.delete(x);
        },
      },
    },
  },
}));

await import('../../../src/background/index');

function seed(): void {
  data.clear();
  data.set('panel:gmail:old', { d: 1, t: Date.now() - PANEL_RECORD_MAX_AGE_MS - 3600_000 });
  data.set('panel:gmail:fresh', { c: 1, t: Date.now() - 3600_000 });
  data.set(SETTINGS_KEY, { sites: { gmail: true, outlook: false } });
}

describe('background housekeeping', () => {
  beforeEach(seed);

  for (const reason of ['update', 'install', 'browser_update']) {
    it(`prunes collapse/dismiss records older than the limit on ${reason}`, async () => {
      expect(installed).toHaveLength(1);
      await installed[0]!({ reason });
      expect(data.has('panel:gmail:old')).toBe(false);
      expect(data.has('panel:gmail:fresh')).toBe(true);
      expect(data.get(SETTINGS_KEY)).toEqual({ sites: { gmail: true, outlook: false } });
    });
  }

  it('writes the default settings on install only when there are none', async () => {
    data.delete(SETTINGS_KEY);
    await installed[0]!({ reason: 'install' });
    expect(data.get(SETTINGS_KEY)).toEqual({ sites: { gmail: true, outlook: true }, language: 'auto' });
  });
});
