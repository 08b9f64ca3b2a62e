// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Controller, FALLBACK_INTERVAL_MS, THEME_CHECK_MS, type Analyzer } from '../../../src/content/controller';
import { gmailAdapter } from '../../../src/content/gmail';
import { outlookAdapter } from '../../../src/content/outlook';
import { genericAdapter } from '../../../src/content/generic';
import { PanelStateStore } from '../../../src/content/storage';
import { mountPanel } from '../../../src/ui/mount';
import type { Diagnosis, RenderedMessage } from '../../../src/core/types';
import type { SiteAdapter } from '../../../src/content/types';
import { diagnosis, FakeArea, ManualScheduler, recipient, useRealMessages, userClick } from './helpers';
import { GMAIL_ORDINARY, GMAIL_THREAD, OWA_EN, OWA_RENAMED } from './fixtures';

/** Stands in for the analyzer: recognises our fixtures' wording and reads the first "NNN N.N.N" pair. */
class FakeAnalyzer implements Analyzer {
  prechecks: string[] = [];
  analysed: RenderedMessage[] = [];
  throwOn: RegExp | null = null;
  mightBeBounce(text: string): boolean {
    this.prechecks.push(text);
    return /deliver|Remote Server returned/i.test(text);
  }
  analyzeRendered(m: RenderedMessage): Diagnosis {
    this.analysed.push(m);
    if (this.throwOn?.test(m.text)) throw new Error('analyzer bug');
    const code = /\b([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})/.exec(m.text);
    if (!code) return { ...diagnosis(), bounce: false, recipients: [], advice: null };
    const reply = Number(code[1]);
    return diagnosis({
      kind: reply < 500 ? 'delay' : 'failure',
      recipients: [recipient({ reply, status: code[2]!, verdict: reply < 500 ? 'wait' : 'act', actor: reply < 500 ? 'nobody' : 'sender' })],
    });
  }
}

let controller: Controller | null = null;
let scheduler: ManualScheduler;
let analyzer: FakeAnalyzer;
let area: FakeArea;

function start(adapter: SiteAdapter = gmailAdapter, fallback: SiteAdapter | null = null): Controller {
  controller?.stop();
  controller = new Controller({
    document,
    adapter,
    fallback,
    analyzer,
    // Storage retries without pauses: the manual scheduler does not advance time.
    store: new PanelStateStore(area, { retryDelays: [0, 0] }),
    scheduler,
    // no undo time: a dismissed panel goes at once (the undo strip has its own tests)
    mount: (req) => mountPanel({ ...req, undoMs: 0 }),
    // A frozen clock: the per-slice budget never runs out, so a loaded test machine cannot change the batching.
    now: () => 0,
  });
  controller.start();
  return controller;
}

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-bounce-lens="panel"]'));
const mutationsSettle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  useRealMessages();
  document.body.innerHTML = '';
  scheduler = new ManualScheduler();
  analyzer = new FakeAnalyzer();
  area = new FakeArea();
});

afterEach(() => {
  controller?.stop();
  controller = null;
  vi.restoreAllMocks();
});

describe('observer', () => {
  it('puts one panel above each bounce in a thread, with its own codes', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const h = hosts();
    expect(h.map((x) => x.getAttribute('data-reply'))).toEqual(['450', '550']);
    expect(h.map((x) => x.getAttribute('data-status'))).toEqual(['4.2.1', '5.1.1']);
    expect(h.map((x) => x.getAttribute('data-verdict'))).toEqual(['wait', 'act']);
    expect(h.map((x) => x.getAttribute('data-message-key'))).toEqual(['gmail:18c0a01', 'gmail:18c0a03']);
    for (const host of h) expect((host.nextElementSibling as Element).classList.contains('gt')).toBe(true);
    expect(analyzer.analysed[0]).toMatchObject({ subject: 'Delivery Status Notification (Delay)', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' });
  });

  it('works off the critical path: nothing happens until the idle callback runs', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    expect(analyzer.prechecks).toHaveLength(0);
    expect(scheduler.idleQueue).toHaveLength(1);
    scheduler.idleQueue.splice(0).forEach((cb) => cb());
    await mutationsSettle();
    // Analysed in idle time, but DOM writes wait for a frame.
    expect(analyzer.analysed).toHaveLength(2);
    expect(hosts()).toHaveLength(0);
    await scheduler.flush();
    expect(hosts()).toHaveLength(2);
  });

  it('analyses each distinct body once, however often the page changes', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    expect(analyzer.analysed).toHaveLength(2);
    for (let i = 0; i < 5; i++) {
      // Changes inside the open thread (headers, markers) are looked at; the bodies' text stays the same.
      document.querySelector('[data-legacy-message-id="18c0a01"] .gs')!.append(document.createElement('span'));
      await mutationsSettle();
      await scheduler.flush();
    }
    expect(c.stats.scans).toBe(6);
    expect(analyzer.prechecks).toHaveLength(2);
    expect(analyzer.analysed).toHaveLength(2);
    expect(c.stats.textReads).toBe(2);
    expect(hosts()).toHaveLength(2);
  });

  it('ignores page changes outside the open messages: no scan, no text read', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    const list = document.querySelector('table.F tbody')!;
    for (let i = 0; i < 40; i++) {
      const tr = document.createElement('tr');
      tr.innerHTML = `<td><span class="bog">Update ${i}</span></td>`;
      list.append(tr);
      tr.querySelector('.bog')!.textContent = `Edited ${i}`;
      (tr.firstChild as Element).append(' more text');
      if (i % 3 === 0) list.firstElementChild!.remove();
      document.body.append(document.createElement('div'));
    }
    await mutationsSettle();
    // One cheap check per idle period, whatever the number of changes; it finds nothing to scan.
    expect(scheduler.idleQueue).toHaveLength(1);
    await scheduler.flush();
    expect(c.stats.checks).toBe(1);
    expect(c.stats.scans).toBe(1);
    expect(c.stats.textReads).toBe(2);
    expect(hosts()).toHaveLength(2);
  });

  it('stops listening to a busy page after the first change, and still sees a message added meanwhile', async () => {
    document.body.innerHTML = GMAIL_ORDINARY;
    const c = start();
    await scheduler.flush();
    const pageCallbacks = vi.spyOn(c as unknown as { onMutations: () => void }, 'onMutations');
    const list = document.body.appendChild(document.createElement('div'));
    await mutationsSettle();
    await scheduler.flush();
    pageCallbacks.mockClear();
    // Changes in separate tasks, as a busy page makes them, before any idle time.
    for (let task = 0; task < 10; task++) {
      list.append(document.createElement('div'));
      await mutationsSettle();
    }
    expect(pageCallbacks).toHaveBeenCalledTimes(1);
    const tpl = document.createElement('template');
    tpl.innerHTML = GMAIL_THREAD;
    const bounce = tpl.content.querySelector('[data-legacy-message-id="18c0a03"]')!.closest('[role="listitem"]')!;
    document.querySelector('[role="list"]')!.append(bounce);
    await mutationsSettle();
    expect(pageCallbacks).toHaveBeenCalledTimes(1);
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a03']);
    // Listening again after the idle check: the next change is seen.
    const seen = pageCallbacks.mock.calls.length;
    list.append(document.createElement('div'));
    await mutationsSettle();
    expect(pageCallbacks).toHaveBeenCalledTimes(seen + 1);
  });

  it('scans when a message is inserted into the open thread after load', async () => {
    document.body.innerHTML = GMAIL_ORDINARY;
    start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
    const tpl = document.createElement('template');
    tpl.innerHTML = GMAIL_THREAD;
    const bounce = tpl.content.querySelector('[data-legacy-message-id="18c0a03"]')!.closest('[role="listitem"]')!;
    document.querySelector('[role="list"]')!.append(bounce);
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a03']);
  });

  it('reads a body that is filled after its container appeared', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    const bodies = Array.from(document.querySelectorAll('.a3s'));
    const saved = bodies.map((b) => b.innerHTML);
    for (const b of bodies) b.innerHTML = '';
    start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
    bodies[1]!.innerHTML = saved[1]!;
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-reply'))).toEqual(['550']);
  });

  it('shows the panel of a collapsed message once it is expanded', async () => {
    document.body.innerHTML = GMAIL_THREAD.replace('<div class="h7" role="listitem">', '<div class="kv" role="listitem">');
    start();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a03']);
    const item = document.querySelector('[data-legacy-message-id="18c0a01"]')!.closest('[role="listitem"]')!;
    item.className = 'h7';
    // Gmail flips the class and renders the body into the same item.
    item.innerHTML = item.innerHTML;
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a01', 'gmail:18c0a03']);
  });

  it('notices text edited in place inside a body (characterData)', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const firstBody = document.querySelectorAll('.ii.gt')[0]!;
    const text = Array.from(firstBody.querySelectorAll('.a3s > div')).find((d) => /450 4\.2\.1/.test(d.textContent ?? ''))!.firstChild as Text;
    text.data = '452 4.2.2 mailbox full';
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts().map((x) => x.getAttribute('data-reply'))).toEqual(['452', '550']);
  });

  it('rate-limits the word-based fallback while the site adapter finds nothing', async () => {
    document.body.innerHTML = OWA_RENAMED;
    const c = start(outlookAdapter, genericAdapter);
    await scheduler.flush();
    expect(hosts()).toHaveLength(1);
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    await mutationsSettle();
    scheduler.idleQueue.splice(0).forEach((cb) => cb());
    expect(c.stats.scans).toBe(1);
    // one fallback timer however many changes (the other pending timer is the panel's theme check)
    expect(scheduler.delayQueue.filter((d) => d.ms === FALLBACK_INTERVAL_MS)).toHaveLength(1);
    expect(FALLBACK_INTERVAL_MS).toBeGreaterThanOrEqual(500);
    await scheduler.flush();
    expect(c.stats.scans).toBe(2);
    expect(hosts()).toHaveLength(1);
  });

  it('re-analyses a body whose text changed, and only that one', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const firstBody = document.querySelectorAll('.ii.gt')[0]!;
    firstBody.querySelector('div div')!.textContent = '** Message not delivered ** 452 4.2.2 mailbox full';
    await mutationsSettle();
    await scheduler.flush();
    expect(analyzer.analysed).toHaveLength(3);
    expect(hosts().map((x) => x.getAttribute('data-reply'))).toEqual(['452', '550']);
  });

  it('spreads a long thread over several idle slices and still handles every message', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    let t = 0;
    controller = new Controller({
      document,
      adapter: gmailAdapter,
      analyzer,
      // Storage retries without pauses: the manual scheduler does not advance time.
    store: new PanelStateStore(area, { retryDelays: [0, 0] }),
      scheduler,
      mount: mountPanel,
      now: () => (t += 5), // every look at the clock costs 5 ms: the budget runs out after one message
    });
    controller.start();
    scheduler.idleQueue.splice(0).forEach((cb) => cb());
    expect(analyzer.analysed).toHaveLength(1);
    expect(scheduler.idleQueue).toHaveLength(1);
    await scheduler.flush();
    expect(analyzer.analysed).toHaveLength(2);
    expect(hosts()).toHaveLength(2);
  });

  it('does not trigger itself: inserting panels schedules no further scan', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    await mutationsSettle();
    expect(hosts()).toHaveLength(2);
    expect(scheduler.idleQueue).toHaveLength(0);
    expect(c.stats.scans).toBe(1);
  });

  it('injects nothing into ordinary mail and only pre-checks it once', async () => {
    document.body.innerHTML = GMAIL_ORDINARY;
    const before = document.body.innerHTML;
    start(gmailAdapter, genericAdapter);
    await scheduler.flush();
    document.body.append(document.createElement('span'));
    await mutationsSettle();
    await scheduler.flush();
    expect(analyzer.prechecks).toHaveLength(1);
    expect(analyzer.analysed).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(`${before}<span></span>`);
  });

  it('injects nothing when the analyzer says a candidate is not a bounce', async () => {
    document.body.innerHTML = GMAIL_THREAD.replace(/450 4\.2\.1|550 5\.1\.1/g, 'no code');
    start();
    await scheduler.flush();
    expect(analyzer.analysed).toHaveLength(2);
    expect(hosts()).toHaveLength(0);
  });

  it('follows navigation: panels leave with their thread and come back without re-analysis', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    document.body.innerHTML = GMAIL_ORDINARY;
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
    document.body.innerHTML = GMAIL_THREAD;
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts()).toHaveLength(2);
    expect(analyzer.analysed).toHaveLength(2);
  });

  it('puts its panel back when the webmail re-renders and drops it', async () => {
    document.body.innerHTML = OWA_EN;
    start(outlookAdapter);
    await scheduler.flush();
    expect(hosts()).toHaveLength(1);
    hosts()[0]!.remove();
    document.body.append(document.createElement('i')); // the re-render's own mutation
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.nextElementSibling?.getAttribute('role')).toBe('document');
    expect(analyzer.analysed).toHaveLength(1);
  });

  it('uses the text fallback when the site adapter is blind', async () => {
    document.body.innerHTML = OWA_RENAMED;
    start(outlookAdapter, genericAdapter);
    await scheduler.flush();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.closest('[role="listbox"]')).toBeNull();
    expect(hosts()[0]!.getAttribute('data-reply')).toBe('550');
  });

  it('stops cleanly: panels removed, no more scans', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    const c = start();
    await scheduler.flush();
    c.stop();
    expect(hosts()).toHaveLength(0);
    document.body.append(document.createElement('span'));
    await mutationsSettle();
    expect(scheduler.idleQueue).toHaveLength(0);
  });
});

describe('theme switches', () => {
  const THEME_TIMERS = () => scheduler.delayQueue.filter((d) => d.ms === THEME_CHECK_MS);

  it('looks at the theme again after the page changes, with one pending check however many changes come', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const panel = hosts()[0]!;
    expect(panel.getAttribute('data-theme')).toBe('light');
    // the webmail repaints its reading surface dark, then changes the page around it
    (panel.parentElement as HTMLElement).style.backgroundColor = 'rgb(32, 33, 36)';
    document.head.appendChild(document.createElement('meta'));
    await mutationsSettle();
    document.head.appendChild(document.createElement('meta'));
    await mutationsSettle();
    expect(THEME_TIMERS()).toHaveLength(1);
    await scheduler.flush();
    expect(hosts()[0]!.getAttribute('data-theme')).toBe('dark');
    expect(hosts()[0]!.shadowRoot!.querySelector('section')!.getAttribute('data-theme')).toBe('dark');
  });

  it('schedules no theme check while no panel is shown', async () => {
    document.body.innerHTML = GMAIL_ORDINARY;
    start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
    document.head.appendChild(document.createElement('meta'));
    await mutationsSettle();
    expect(THEME_TIMERS()).toHaveLength(0);
  });

  it('follows the system colour scheme when it changes, and stops listening when stopped', async () => {
    const listeners: Array<() => void> = [];
    let dark = false;
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          media: query,
          get matches() {
            return dark;
          },
          addEventListener: (_: string, cb: () => void) => listeners.push(cb),
          removeEventListener: (_: string, cb: () => void) => listeners.splice(listeners.indexOf(cb), 1),
        }) as unknown as MediaQueryList,
    );
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    expect(hosts()[0]!.getAttribute('data-theme')).toBe('light');
    expect(listeners).toHaveLength(1);
    dark = true;
    listeners[0]!();
    await scheduler.flush();
    expect(hosts()[0]!.getAttribute('data-theme')).toBe('dark');
    controller!.stop();
    expect(listeners).toHaveLength(0);
  });
});

describe('persistence', () => {
  it('remembers a dismissal per message key', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const first = hosts()[0]!;
    userClick(first.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!);
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a03']);
    expect(area.data.get('panel:gmail:18c0a01')).toMatchObject({ d: 1 });
    // Same thread opened again in a new page.
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-message-key'))).toEqual(['gmail:18c0a03']);
  });

  it('remembers collapsing and clears the record on expanding', async () => {
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    const btn = () => hosts()[1]!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    userClick(btn());
    await vi.waitFor(() => expect(area.data.get('panel:gmail:18c0a03')).toMatchObject({ c: 1 }));
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    expect(btn().getAttribute('aria-expanded')).toBe('false');
    expect(hosts()[0]!.shadowRoot!.querySelector('button[aria-expanded]')!.getAttribute('aria-expanded')).toBe('true');
    userClick(btn());
    await vi.waitFor(() => expect(area.data.has('panel:gmail:18c0a03')).toBe(false));
  });

  it('still shows panels when extension storage fails, logging with the prefix', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    area.failing = true;
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(2);
    userClick(hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!);
    await mutationsSettle();
    await scheduler.flush();
    expect(hosts()).toHaveLength(1);
    expect(log).toHaveBeenCalled();
    expect(log.mock.calls[0]![0]).toBe('[Bounce Lens]');
  });
});

describe('errors stay inside', () => {
  it('logs an analyzer failure with the prefix and still handles the other messages', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    analyzer.throwOn = /450 4\.2\.1/;
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await expect(scheduler.flush()).resolves.toBeUndefined();
    expect(hosts().map((h) => h.getAttribute('data-reply'))).toEqual(['550']);
    expect(log).toHaveBeenCalledWith('[Bounce Lens]', 'message', expect.any(Error));
  });

  it('logs an adapter failure instead of throwing into the page', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: SiteAdapter = { id: 'gmail', find: () => { throw new Error('selector exploded'); } };
    document.body.innerHTML = GMAIL_THREAD;
    start(broken);
    await expect(scheduler.flush()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('[Bounce Lens]', 'scan', expect.any(Error));
    expect(hosts()).toHaveLength(0);
  });
});

describe('analyzer answering later (the background script in the extension)', () => {
  /** Holds each answer until the test releases it, like a message round trip to the background. */
  class DeferredAnalyzer extends FakeAnalyzer {
    pending: Array<() => void> = [];
    failWith: Error | null = null;
    override analyzeRendered(m: RenderedMessage): Diagnosis {
      return new Promise<Diagnosis>((resolve, reject) => {
        this.pending.push(() => (this.failWith ? reject(this.failWith) : resolve(super.analyzeRendered(m))));
      }) as unknown as Diagnosis;
    }
    release(): void {
      this.pending.splice(0).forEach((fn) => fn());
    }
  }

  it('mounts the panels once the answers arrive, not before', async () => {
    const deferred = new DeferredAnalyzer();
    analyzer = deferred;
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
    expect(deferred.pending.length).toBeGreaterThan(0);
    deferred.release();
    await scheduler.flush();
    expect(hosts().map((h) => h.getAttribute('data-reply'))).toEqual(['450', '550']);
  });

  it('drops an answer for a conversation the user already left', async () => {
    const deferred = new DeferredAnalyzer();
    analyzer = deferred;
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    document.body.innerHTML = GMAIL_ORDINARY;
    await mutationsSettle();
    await scheduler.flush();
    deferred.release();
    await scheduler.flush();
    expect(hosts()).toHaveLength(0);
  });

  it('logs a failed round trip with the prefix and shows nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const deferred = new DeferredAnalyzer();
    deferred.failWith = new Error('Receiving end does not exist.');
    analyzer = deferred;
    document.body.innerHTML = GMAIL_THREAD;
    start();
    await scheduler.flush();
    deferred.release();
    await expect(scheduler.flush()).resolves.toBeUndefined();
    expect(hosts()).toHaveLength(0);
    expect(log).toHaveBeenCalledWith('[Bounce Lens]', 'analyze', deferred.failWith);
  });
});
