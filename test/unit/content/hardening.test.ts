// @vitest-environment happy-dom
// The content script when the extension goes away under the page, when the background does not answer,
// when a body is huge or the page forges ids and clicks, and when storage misbehaves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boundedKey, Controller, FAILED_RESCAN_MS, MAX_KEY_LENGTH, type Analyzer } from '../../../src/content/controller';
import { bodyText } from '../../../src/content/dom';
import { gmailAdapter } from '../../../src/content/gmail';
import { resetLog } from '../../../src/content/log';
import { withRetry } from '../../../src/content/messaging';
import { PanelStateStore } from '../../../src/content/storage';
import { setMessageSource } from '../../../src/ui/i18n';
import { mountPanel } from '../../../src/ui/mount';
import type { Diagnosis, RenderedMessage } from '../../../src/core/types';
import { diagnosis, FakeArea, ManualScheduler, recipient, scriptClick, useRealMessages, userClick } from './helpers';
import { GMAIL_DELAY_TEXT, GMAIL_THREAD } from './fixtures';

/** Reads the first "NNN N.N.N" pair; counts what it was given. */
class CodeAnalyzer implements Analyzer {
  analysed: RenderedMessage[] = [];
  mightBeBounce(text: string): boolean {
    return /deliver/i.test(text);
  }
  analyzeRendered(m: RenderedMessage): Diagnosis | Promise<Diagnosis> {
    this.analysed.push(m);
    const code = /\b([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})/.exec(m.text);
    if (!code) return { ...diagnosis(), bounce: false, recipients: [], advice: null };
    const reply = Number(code[1]);
    return diagnosis({ kind: reply < 500 ? 'delay' : 'failure', recipients: [recipient({ reply, status: code[2]!, verdict: reply < 500 ? 'wait' : 'act' })] });
  }
}

let controller: Controller | null = null;
let scheduler: ManualScheduler;
let analyzer: CodeAnalyzer;
let area: FakeArea;
let alive: boolean;

function start(extra: Partial<ConstructorParameters<typeof Controller>[0]> = {}): Controller {
  controller?.stop();
  controller = new Controller({
    document,
    adapter: gmailAdapter,
    analyzer,
    store: new PanelStateStore(area, { retryDelays: [0, 0] }),
    scheduler,
    mount: mountPanel,
    now: () => 0,
    alive: () => alive,
    ...extra,
  });
  controller.start();
  return controller;
}

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-bounce-lens="panel"]'));
const settle = () => new Promise((r) => setTimeout(r, 0));
const firstBody = () => document.querySelector<HTMLElement>('[data-legacy-message-id="18c0a01"] .a3s')!;

beforeEach(() => {
  useRealMessages();
  resetLog();
  document.body.innerHTML = '';
  scheduler = new ManualScheduler();
  analyzer = new CodeAnalyzer();
  area = new FakeArea();
  alive = true;
});

afterEach(() => {
  controller?.stop();
  controller = null;
  vi.restoreAllMocks();
});

describe('extension updated or removed under the page (orphaned script)', () => {
  it('stops observing, freezes its panels as shown, and logs once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(2);
    const shown = hosts().map((h) => h.shadowRoot!.querySelector('.headline')!.textContent);
    const reads = c.stats.textReads;

    // The extension goes away; its strings with it (getMessage throws, as in Chromium).
    alive = false;
    setMessageSource(() => {
      throw new Error('Extension context invalidated.');
    });
    for (let i = 0; i < 5; i++) {
      firstBody().append(Object.assign(document.createElement('div'), { textContent: `more ${i}` }));
      document.body.append(document.createElement('span'));
      await settle();
      await scheduler.flush();
    }
    expect(c.stats.textReads).toBe(reads);
    expect(scheduler.idleQueue).toHaveLength(0);
    // Panels stay readable, still: same text, no buttons, no raw message keys.
    expect(hosts()).toHaveLength(2);
    for (const [i, host] of hosts().entries()) {
      expect(host.hasAttribute('data-frozen')).toBe(true);
      expect(host.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
      expect(host.shadowRoot!.querySelector('.headline')!.textContent).toBe(shown[i]);
      expect(host.shadowRoot!.textContent).not.toMatch(/verdictActShort|verdictWait|dismissLabel|\bexpand\b|\bcollapse\b/);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe('[Bounce Lens]');
    expect(error).not.toHaveBeenCalled();
    // Settings switching the site back on cannot restart it.
    c.start();
    await scheduler.flush();
    expect(c.stats.textReads).toBe(reads);
  });

  it('a click on a panel of a gone extension freezes it, before any page change told the script', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const shown = hosts()[1]!.shadowRoot!.textContent;
    const root = hosts()[1]!.shadowRoot!;
    expect(root.querySelector('.btns button[aria-label="Collapse the explanation"]')).not.toBeNull();
    const footText = root.querySelector('.foot')!.textContent!;
    expect(footText).toMatch(/Copy summary/);
    alive = false;
    setMessageSource(() => {
      throw new Error('Extension context invalidated.');
    });
    userClick(hosts()[1]!.shadowRoot!.querySelector('button[aria-expanded]')!);
    await settle();
    await scheduler.flush();
    expect(hosts()[1]!.hasAttribute('data-frozen')).toBe(true);
    expect(hosts()[1]!.shadowRoot!.textContent).not.toMatch(/\b(?:expand|collapse|verdictActShort)\b/);
    expect(hosts()[1]!.shadowRoot!.textContent).toBe(shown!.replace(footText, ''));
    expect(hosts()[1]!.shadowRoot!.querySelector('button')).toBeNull();
    expect(area.calls).not.toContain('set');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('the countdown of a panel whose extension is gone freezes it instead of redrawing', async () => {
    vi.useFakeTimers({ now: Date.parse('2025-03-06T16:00:00Z'), toFake: ['setInterval', 'clearInterval', 'Date'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const waiting = diagnosis({ recipients: [recipient({ retryUntil: { until: '2025-03-08T14:00:00Z', hours: 46, source: 'notice-text', note: 'Gmail will retry for 46 more hours' } })] });
    analyzer.analyzeRendered = () => waiting;
    document.body.innerHTML = GMAIL_THREAD;
    try {
      start();
      await scheduler.flush();
      const retry = () => hosts()[0]!.shadowRoot!.querySelector('.headline')?.textContent;
      const before = retry();
      expect(before).toMatch(/h left/);
      alive = false;
      const keys = vi.fn((key: string) => key);
      setMessageSource(keys);
      vi.advanceTimersByTime(5 * 60_000);
      await settle();
      expect(hosts()[0]!.hasAttribute('data-frozen')).toBe(true);
      expect(retry()).toBe(before);
      expect(keys).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retires when a request fails with "Extension context invalidated", logging once for all messages', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    analyzer.analyzeRendered = () => Promise.reject(new Error('Extension context invalidated.'));
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
    const reads = c.stats.textReads;
    firstBody().append(document.createElement('div'));
    await settle();
    await scheduler.flush();
    expect(c.stats.textReads).toBe(reads);
  });

  it('a newer instance replaces the panels an earlier one left in the page (Firefox injects into open tabs)', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    // What an earlier instance leaves when Firefox destroys it: a panel above the body, nobody behind it.
    const body = firstBody().parentElement!;
    const earlier = mountPanel({
      parent: body.parentNode!, before: body, messageKey: 'gmail:18c0a01', diagnosis: diagnosis(), initialCollapsed: false,
      onCollapsedChange: () => {}, onDismiss: () => {}, theme: 'light',
    }).host;
    expect(hosts()).toHaveLength(1);
    const c = start();
    await scheduler.flush();
    expect(earlier.isConnected).toBe(false);
    expect(hosts()).toHaveLength(2);
    expect(c.panels().map((p) => p.host)).toEqual(hosts());
    expect(hosts()[0]!.nextElementSibling).toBe(body);
  });
});

describe('the background does not answer', () => {
  it('withRetry tries again after each pause, and gives up after the last', async () => {
    const waits: number[] = [];
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : Promise.resolve('ok'));
    await expect(withRetry(flaky, { delays: [10, 20, 40], wait: async (ms) => void waits.push(ms) })).resolves.toBe('ok');
    expect(waits).toEqual([10, 20]);
    const never = () => Promise.reject(new Error('down'));
    await expect(withRetry(never, { delays: [1, 2], wait: async () => {} })).rejects.toThrow('down');
    let fatalCalls = 0;
    const gone = () => (fatalCalls++, Promise.reject(new Error('Extension context invalidated.')));
    await expect(withRetry(gone, { delays: [1, 2], wait: async () => {}, fatal: () => true })).rejects.toThrow('invalidated');
    expect(fatalCalls).toBe(1);
  });

  it('after a request failed for good, the message is read and asked about again later; its panel appears', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let failing = true;
    const answer = analyzer.analyzeRendered.bind(analyzer);
    analyzer.analyzeRendered = (m) => (failing ? Promise.reject(new Error('Receiving end does not exist.')) : Promise.resolve(answer(m)));
    document.body.innerHTML = GMAIL_THREAD;
    start();
    // The first scan, by hand: the manual scheduler would otherwise run the delayed rescan at once.
    scheduler.idleQueue.splice(0).forEach((cb) => cb());
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(scheduler.delayQueue.filter((d) => d.ms === FAILED_RESCAN_MS).length).toBeGreaterThan(0);
    // Nothing on the page changes; the background is back when the rescan comes.
    failing = false;
    await scheduler.flush();
    await settle();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-reply'))).toEqual(['450', '550']);
  });
});

describe('huge bodies', () => {
  const CAP = 5000;

  it('reads a body within the cap through innerText, unchanged', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>line one</p><p>line two</p>';
    document.body.append(el);
    let reads = 0;
    Object.defineProperty(el, 'innerText', { get: () => (reads++, 'line one\n\nline two') });
    expect(bodyText(el, CAP)).toEqual({ text: 'line one\n\nline two', truncated: false });
    expect(reads).toBe(1);
  });

  it('reads only the beginning of a longer one, with its line breaks, and never its whole innerText', () => {
    const el = document.createElement('div');
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Line ${i} of a very long body.</p>`).join('');
    el.innerHTML = `<div>Delivery has failed<br>to these recipients:</div><script>ignored()</script><div hidden>hidden text</div>${paragraphs}`;
    document.body.append(el);
    let reads = 0;
    Object.defineProperty(el, 'innerText', { get: () => (reads++, el.textContent) });
    const { text, truncated } = bodyText(el, CAP);
    expect(reads).toBe(0);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(CAP);
    expect(text.length).toBeGreaterThan(CAP - 100);
    expect(text.startsWith('\nDelivery has failed\nto these recipients:\n')).toBe(true);
    expect(text).not.toContain('ignored()');
    expect(text).not.toContain('hidden text');
    expect(text).toMatch(/\nLine 0 of a very long body\.\n+Line 1 of/);
  });

  it('sends no more than the cap, and says when the body went on', async () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `filler line ${i}`).join('\n');
    document.body.innerHTML = GMAIL_THREAD.replace(GMAIL_DELAY_TEXT.split('\n')[0]!, `${GMAIL_DELAY_TEXT.split('\n')[0]}</div><div>${filler.replace(/\n/g, '</div><div>')}`);
    start({ maxText: CAP });
    await scheduler.flush();
    expect(analyzer.analysed.length).toBeGreaterThan(0);
    for (const m of analyzer.analysed) expect(m.text.length).toBeLessThanOrEqual(CAP);
    expect(analyzer.analysed.map((m) => m.truncated === true)).toEqual([true, false]);
  });
});

describe('what the page can forge', () => {
  it('a megabyte-long message id is stored under a bounded key', async () => {
    const huge = 'x'.repeat(1_000_000);
    document.body.innerHTML = GMAIL_THREAD.replace('data-legacy-message-id="18c0a01"', `data-legacy-message-id="${huge}"`);
    start();
    await scheduler.flush();
    const host = hosts()[0]!;
    const key = host.getAttribute('data-message-key')!;
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(key).toMatch(/^gmail:#[0-9a-z]{14}$/);
    userClick(host.shadowRoot!.querySelector('button[aria-label^="Hide"]')!);
    await scheduler.flush();
    const stored = Array.from(area.data.keys());
    expect(stored).toHaveLength(1);
    expect(stored[0]!.length).toBeLessThanOrEqual(MAX_KEY_LENGTH + 10);
    expect(boundedKey('gmail:18c0a01')).toBe('gmail:18c0a01');
    expect(boundedKey(`gmail:${huge}`)).not.toBe(boundedKey(`gmail:${huge}y`));
  });

  it('a click a page script makes on Dismiss stores nothing and removes nothing', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    for (let i = 0; i < 10; i++) scriptClick(hosts()[0]!.shadowRoot!.querySelector('button[aria-label^="Hide"]')!);
    await scheduler.flush();
    expect(hosts()).toHaveLength(2);
    expect(area.data.size).toBe(0);
  });
});

describe('storage that fails for a moment', () => {
  it('retries a failed write before making do with memory', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let failures = 1;
    const set = area.set.bind(area);
    area.set = async (items) => {
      if (failures-- > 0) throw new Error('QUOTA_BYTES quota exceeded… for a moment');
      return set(items);
    };
    const store = new PanelStateStore(area, { retryDelays: [0, 0] });
    await store.update('gmail:abc', { dismissed: true });
    expect(area.data.get('panel:gmail:abc')).toMatchObject({ d: 1 });
    expect(error).not.toHaveBeenCalled();
  });

  it('after a failure that outlasts the retries, the next call uses storage again (not memory for good)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    area.failing = true;
    const store = new PanelStateStore(area, { retryDelays: [0, 0] });
    await store.update('gmail:one', { collapsed: true });
    expect(await store.get('gmail:one')).toEqual({ collapsed: true, dismissed: false });
    expect(error).toHaveBeenCalledTimes(1);
    area.failing = false;
    await store.update('gmail:two', { dismissed: true });
    expect(area.data.get('panel:gmail:two')).toMatchObject({ d: 1 });
    expect(await store.get('gmail:three')).toEqual({ collapsed: false, dismissed: false });
    expect(area.calls.filter((c) => c === 'get').length).toBeGreaterThan(0);
  });
});
