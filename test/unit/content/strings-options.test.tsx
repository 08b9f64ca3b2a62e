// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { REPO_ROOT } from '../../shared-corpus';
import { Options } from '../../../src/options/OptionsPage';
import { FORGOTTEN_AT_KEY, forgetPanels, PANEL_RECORD_MAX_AGE_MS, prunePanels, readSettings, SETTINGS_KEY } from '../../../src/content/storage';
import { FakeArea, getMessage, MESSAGES, useRealMessages } from './helpers';
import { HISTORY_KEY, HISTORY_OFF_KEY } from '../../../src/history/store';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('UI strings', () => {
  it('every key the UI asks for exists in the English messages.json', () => {
    const files = ['src/ui', 'src/options', 'src/content', 'src/popup'].flatMap((d) => sources(path.join(REPO_ROOT, d)));
    const keys = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z]+)'/g)) keys.add(m[1]!);
      for (const m of text.matchAll(/label: '([A-Za-z]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(20);
    const missing = Array.from(keys).filter((k) => !MESSAGES[k]);
    expect(missing).toEqual([]);
  });

  it('keeps the manifest strings and declares every placeholder it uses', () => {
    expect(MESSAGES.extName?.message).toBe('Bounce Lens');
    expect(MESSAGES.extDescription?.message).toBeTruthy();
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[m[1]!.toLowerCase()], `${key}: $${m[1]}$`).toBeDefined();
      }
    }
    expect(getMessage('retryUntil', ['Sat 14:00', '46 h'])).toBe('Your mail server keeps trying until Sat 14:00 (46 h left).');
  });
});

describe('settings storage', () => {
  it('defaults to enabled everywhere and merges stored choices', async () => {
    const area = new FakeArea();
    expect(await readSettings(area)).toEqual({ sites: { gmail: true, outlook: true }, language: 'auto' });
    area.data.set(SETTINGS_KEY, { sites: { outlook: false } });
    expect(await readSettings(area)).toEqual({ sites: { gmail: true, outlook: false }, language: 'auto' });
    area.data.set(SETTINGS_KEY, { sites: { outlook: false }, language: 'de' });
    expect(await readSettings(area)).toEqual({ sites: { gmail: true, outlook: false }, language: 'de' });
    area.failing = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await readSettings(area)).toEqual({ sites: { gmail: true, outlook: true }, language: 'auto' });
  });

  it('forgets remembered panels only', async () => {
    const area = new FakeArea();
    area.data.set('panel:gmail:1', { d: 1, t: 1 });
    area.data.set('panel:owa:x', { c: 1, t: 1 });
    area.data.set(SETTINGS_KEY, { sites: { gmail: false, outlook: true } });
    expect(await forgetPanels(area)).toBe(2);
    // Only the marker that tells open tabs to forget is added; the settings stay.
    expect(Array.from(area.data.keys()).sort()).toEqual([FORGOTTEN_AT_KEY, SETTINGS_KEY].sort());
  });

  it('prunes only collapse/dismiss records older than the limit', async () => {
    const area = new FakeArea();
    const now = 10 * PANEL_RECORD_MAX_AGE_MS;
    area.data.set('panel:gmail:old', { d: 1, t: now - PANEL_RECORD_MAX_AGE_MS - 1 });
    area.data.set('panel:gmail:new', { d: 1, t: now - 1000 });
    area.data.set('panel:gmail:broken', { d: 1 });
    area.data.set(SETTINGS_KEY, { sites: { gmail: true, outlook: true } });
    expect(await prunePanels(area, now)).toBe(2);
    expect(Array.from(area.data.keys()).sort()).toEqual(['panel:gmail:new', SETTINGS_KEY].sort());
  });
});

describe('options page', () => {
  beforeEach(() => {
    useRealMessages();
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('switches a site off and forgets dismissed panels', async () => {
    const area = new FakeArea();
    area.data.set('panel:gmail:1', { d: 1, t: 1 });
    const app = document.getElementById('app')!;
    render(<Options area={area} />, app);
    await vi.waitFor(() => expect(app.querySelectorAll('input[type="checkbox"]')).toHaveLength(2));
    const boxes = Array.from(app.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((b) => b.checked)).toEqual([true, true]);
    expect(app.textContent).toContain('Outlook on the web');
    boxes[1]!.click();
    await vi.waitFor(() => expect(area.data.get(SETTINGS_KEY)).toEqual({ sites: { gmail: true, outlook: false }, language: 'auto' }));
    app.querySelector<HTMLButtonElement>('button')!.click();
    await vi.waitFor(() => expect(app.querySelector('[role="status"]')?.textContent).toBe('Remembered panels forgotten: 1.'));
    expect(area.data.has('panel:gmail:1')).toBe(false);
    render(null, app);
  });
});

describe('options page: recent bounces', () => {
  beforeEach(() => {
    useRealMessages();
    document.body.innerHTML = '<div id="app"></div>';
  });

  it('a switch keeps no history (and deletes what was kept); "Clear history" empties it', async () => {
    const area = new FakeArea();
    const kept = [{ id: 'a', seen: 1, at: 1, site: 'mail.google.com', kind: 'delay', reporter: null, more: 0, recipients: [{ address: 'a@example.org', action: 'delayed', reply: 450, status: '4.2.1', reason: 'speeding', evidence: 'words', cause: 'greylisting', verdict: 'wait', actor: 'nobody' }] }];
    area.data.set(HISTORY_KEY, kept);
    const app = document.getElementById('app')!;
    render(<Options area={area} />, app);
    await vi.waitFor(() => expect(app.querySelector('[data-bounce-lens="history-off-switch"]')).not.toBeNull());
    const sw = app.querySelector<HTMLButtonElement>('[data-bounce-lens="history-off-switch"]')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(sw.textContent).toContain('Keep no history');
    expect(app.textContent).toContain('Never the message text or subject');

    app.querySelector<HTMLButtonElement>('[data-bounce-lens="clear-history"]')!.click();
    await vi.waitFor(() => expect(app.querySelector('[role="status"]')?.textContent).toBe('History cleared: 1 deleted.'));
    expect(area.data.has(HISTORY_KEY)).toBe(false);

    area.data.set(HISTORY_KEY, [...kept, { ...kept[0], id: 'b' }]);
    sw.click();
    await vi.waitFor(() => expect(sw.getAttribute('aria-checked')).toBe('true'));
    await vi.waitFor(() => expect(app.querySelector('[role="status"]')?.textContent).toBe('History cleared: 2 deleted.'));
    expect(area.data.get(HISTORY_OFF_KEY)).toBe(true);
    expect(area.data.has(HISTORY_KEY)).toBe(false);
    sw.click();
    await vi.waitFor(() => expect(area.data.get(HISTORY_OFF_KEY)).toBe(false));
    expect(sw.getAttribute('aria-checked')).toBe('false');
    render(null, app);
  });
});
