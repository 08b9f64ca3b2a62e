import type { Diagnosis, RenderedMessage } from '../core/types';
import type { MountOptions } from '../ui/mount';
import type { FoundMessage, MessageMeta, SiteAdapter } from './types';
import type { Scheduler } from './scheduler';
import type { PanelState, PanelStateStore } from './storage';
import { MAX_NOTICE_TEXT } from '../core/limits';
import { bodyText, hashText } from './dom';
import { contextGone } from './lifecycle';
import { logError, logRetired } from './log';

export interface Analyzer {
  mightBeBounce(text: string, subject?: string | null, from?: string | null): boolean;
  /** May answer later: in the extension the full analyzer runs in the background script (see index.ts). */
  analyzeRendered(message: RenderedMessage): Diagnosis | Promise<Diagnosis>;
}

export interface PanelHandle {
  readonly host: HTMLElement;
  /** Reads the page's theme again and redraws on a change (absent in test doubles). */
  refreshTheme?(): void;
  /** Leaves the panel as it is shown, still: no buttons, no timer, nothing that needs the extension. */
  freeze?(): void;
  unmount(): void;
}

/** What the controller decides about a panel; theme and clock are the mount's own business. */
export type MountRequest = Omit<MountOptions, 'before' | 'theme' | 'now' | 'clock'> & { before: Node };

export interface ControllerDeps {
  document: Document;
  adapter: SiteAdapter;
  /** Tried only when the site adapter finds nothing, e.g. after the site renamed its classes. */
  fallback?: SiteAdapter | null;
  analyzer: Analyzer;
  store: PanelStateStore;
  scheduler: Scheduler;
  mount: (req: MountRequest) => PanelHandle;
  /** Clock for the per-slice time budget; performance.now in the page. */
  now?: () => number;
  /**
   * Whether the extension is still there (false once it was updated, reloaded or removed under this page:
   * the controller then retires). Always true when absent.
   */
  alive?: () => boolean;
  /** Characters of a body that are read and sent; more than the analyzer reads would be wasted. */
  maxText?: number;
}

interface Tracked {
  key: string;
  hash: string;
  diagnosis: Diagnosis | null;
  panel: PanelHandle | null;
  /** Set while the stored collapse/dismiss state is being read, so a panel is not mounted twice. */
  pending: boolean;
  dismissed: boolean;
  found: FoundMessage;
}

/** One idle slice reads and checks bodies for at most this long, then yields to the page. */
const SLICE_BUDGET_MS = 8;

/** Changed nodes remembered between scans; past this, the next scan simply reads every body again. */
const DIRTY_MAX = 256;

/** A batch this short may be our own panel going in; longer ones are page changes. */
const PAGE_OPTIONS: MutationObserverInit = { childList: true, subtree: true };
const AREA_OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** Beyond this many separate message areas, the observer checks their common ancestor instead. */
const MAX_AREAS = 6;

/** The word-based fallback reads the whole main area: after unrelated changes it runs at most this often. */
export const FALLBACK_INTERVAL_MS = 1000;

/**
 * After changes elsewhere on the page, panels look at the theme they sit in again, at most this often:
 * switching the webmail's theme repaints the page without reopening the message.
 */
export const THEME_CHECK_MS = 1500;

/** Enough verdicts to cover long sessions of thread hopping without unbounded growth. */
const VERDICT_CACHE_MAX = 500;

/** After a request failed for good (every retry too), the body is looked at again this much later, this often. */
export const FAILED_RESCAN_MS = 15_000;
const FAILED_RESCANS_MAX = 2;

/**
 * Longest message key stored as it is. Keys come from the page (Gmail's message id attributes): a page
 * script could set a megabyte-long id, and each collapse or dismiss would store it; a longer key is
 * stored by its 64-bit hash.
 */
export const MAX_KEY_LENGTH = 100;

export function boundedKey(key: string): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  const colon = key.indexOf(':');
  return `${colon > 0 && colon <= 16 ? key.slice(0, colon) : 'key'}:#${hashText(key)}`;
}

const STRAY_PANELS = '[data-bounce-lens="panel"]';

/**
 * Watches the page with one MutationObserver, finds opened messages through the site adapter, analyses each
 * distinct body once and mounts a panel above bounces only. All page work is deferred to idle time and all
 * DOM writes to animation frames; every entry point catches its own errors.
 */
export class Controller {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  /** `${key}#${hash}` → diagnosis (bounces) or null (checked, not a bounce); a promise while the answer is pending. */
  private readonly verdicts = new Map<string, Diagnosis | null | Promise<Diagnosis | null>>();
  /** Nodes changed inside the watched areas since the last scan (bounded; see DIRTY_MAX). */
  private dirty: Node[] = [];
  /** Too many changes to list: every body is read again on the next scan. */
  private allDirty = false;
  /**
   * The page's one MutationObserver, with two kinds of registration: the whole document (children only,
   * paused after a first change, see onMutations) and each open message area (children and text, so their
   * changes are known precisely).
   */
  private observer: MutationObserver | null = null;
  private areas: Node[] = [];
  /** Message parts (adapter.watch) present at the last scan, in document order. */
  private known: Element[] = [];
  private scheduled = false;
  /** The document-wide registration is paused from the first change until the next idle check (see onMutations). */
  private pagePaused = false;
  /** A full scan is due (rather than the cheap check whether one is due). */
  private scanDue = true;
  /** The page changed outside the watched areas since the last check. */
  private pageChanged = false;
  /** The last scan found nothing with the site adapter, so the (costly, word-based) fallback is in charge. */
  private fallbackMode = false;
  private fallbackTimer = false;
  private themeTimer = false;
  /** The system colour scheme, which webmail themes may follow ("use system setting"). */
  private colorScheme: MediaQueryList | null = null;
  private readonly onColorScheme = () => this.deps.scheduler.frame(() => this.refreshThemes());
  private stopped = true;
  /** The extension went away under this page: nothing starts again (see retire). */
  private retired = false;
  /** Panel hosts this controller mounted; any other host in the page is a leftover of an earlier instance. */
  private readonly own = new WeakSet<Element>();
  /** Failed requests per cache key, for the delayed rescan (FAILED_RESCAN_MS). */
  private readonly failures = new Map<string, number>();
  /** Counts for tests and the benchmark. */
  readonly stats = { scans: 0, checks: 0, textReads: 0, prechecks: 0, analyses: 0, mounts: 0 };

  constructor(private readonly deps: ControllerDeps) {}

  start(): void {
    if (!this.stopped || this.retired) return;
    this.stopped = false;
    // Firefox injects an updated or reinstalled extension's script into open tabs, where the earlier
    // version's panels are still shown, their buttons dead: they make way for this script's own.
    this.deps.scheduler.frame(() => this.removeStrayPanels(this.deps.document));
    const MO = this.deps.document.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new MO((records) => this.onMutations(records));
    this.observePage();
    try {
      this.colorScheme = this.deps.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
      this.colorScheme?.addEventListener?.('change', this.onColorScheme);
    } catch (err) {
      logError('theme', err);
    }
    this.scanDue = true;
    this.schedule();
  }

  stop(): void {
    this.halt();
    for (const rec of this.tracked.values()) this.unmountSafely(rec);
    this.tracked.clear();
  }

  /** The user chose another language: every panel is explained again in it (the cached answers are in the old one). */
  restartInNewLanguage(): void {
    const running = !this.stopped;
    this.stop();
    this.verdicts.clear();
    if (running) this.start();
  }

  /**
   * The extension was updated, reloaded or removed under this page (Chromium leaves this script running,
   * cut off). Every further read of a body would end in a failed request and a log line, and every redraw
   * of a panel would show raw string keys: so it stops watching for good, leaves each panel as it is shown
   * (still, without buttons) and says so once.
   */
  retire(): void {
    if (this.retired) return;
    this.retired = true;
    this.halt();
    logRetired('the extension was updated or removed: panels stay as they are; reload the page for new ones');
    for (const rec of this.tracked.values()) {
      try {
        rec.panel?.freeze?.();
      } catch {
        // Nothing to report to: the extension is gone.
      }
    }
    this.tracked.clear();
  }

  private halt(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.colorScheme?.removeEventListener?.('change', this.onColorScheme);
    this.colorScheme = null;
    this.dirty = [];
    this.allDirty = false;
    this.areas = [];
    this.known = [];
  }

  /** False (and retired) once the extension is gone; checked before any work the page's changes cause. */
  private stillAlive(): boolean {
    if (this.retired) return false;
    let alive = true;
    try {
      alive = this.deps.alive?.() ?? true;
    } catch {
      alive = false;
    }
    if (!alive) this.retire();
    return alive;
  }

  /** Panel hosts in `scope` that this controller did not mount (an earlier instance's). */
  private removeStrayPanels(scope: ParentNode): void {
    try {
      for (const host of Array.from(scope.querySelectorAll(STRAY_PANELS))) if (!this.own.has(host)) host.remove();
    } catch (err) {
      logError('stray panels', err);
    }
  }

  /** Runs a scan synchronously (tests, and the first scan after settings change). */
  scanNow(): void {
    this.scheduled = false;
    this.scanDue = false;
    this.pageChanged = false;
    if (this.stopped) return;
    try {
      this.scan();
    } catch (err) {
      logError('scan', err);
    }
  }

  /** Current panels, for tests and the options' "forget" broadcast. */
  panels(): PanelHandle[] {
    return Array.from(this.tracked.values(), (r) => r.panel).filter((p): p is PanelHandle => !!p);
  }

  /** Re-shows panels dismissed earlier in this page, after the options page told us to forget. */
  forgetDismissed(): void {
    this.deps.store.forgetCached();
    for (const [body, rec] of this.tracked) if (rec.dismissed) this.tracked.delete(body);
    this.scanDue = true;
    this.schedule();
  }

  /**
   * Changes inside the open messages are remembered precisely, so only the bodies concerned are read again.
   * Any other change only means "check at the next idle period whether message parts appeared or left";
   * one is enough to know that, so the document-wide registration is paused until the check runs: a busy
   * page's further changes would only cost it records and callbacks (measured before this: 250 callbacks
   * per 5,000 mutations). check() compares the page's message parts with the last scan, so nothing that
   * happens meanwhile is missed.
   */
  private onMutations(records: MutationRecord[]): void {
    if (!this.stillAlive()) return;
    try {
      let inAreas = false;
      let elsewhere = false;
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        if (r.type === 'childList' && isOwn(r)) continue;
        if (this.inArea(r.target)) {
          this.markDirty(r.target);
          inAreas = true;
        } else {
          elsewhere = true;
        }
      }
      if (elsewhere) {
        this.pageChanged = true;
        this.pausePage();
        this.scheduleThemeCheck();
      }
      if (inAreas) this.scanDue = true;
      if (inAreas || elsewhere) this.schedule();
    } catch (err) {
      logError('observer', err);
    }
  }

  private inArea(node: Node): boolean {
    for (const area of this.areas) if (area === node || area.contains(node)) return true;
    return false;
  }

  private markDirty(node: Node): void {
    if (this.allDirty) return;
    if (this.dirty.length >= DIRTY_MAX) {
      this.allDirty = true;
      this.dirty = [];
    } else {
      this.dirty.push(node);
    }
  }

  /** A page removal took a body we track, or our panel, out of the document. */
  private lostSomething(): boolean {
    for (const [body, rec] of this.tracked) {
      if (!body.isConnected) return true;
      if (rec.panel && !rec.panel.host.isConnected) return true;
    }
    return false;
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.deps.scheduler.idle(() => this.onIdle());
  }

  /** Children only: text edited in place matters only inside messages, which the area registrations cover. */
  private observePage(): void {
    this.pagePaused = false;
    const root = this.deps.document.documentElement;
    if (!this.areas.includes(root)) this.observer?.observe(root, PAGE_OPTIONS);
  }

  /**
   * Drops the document-wide registration and keeps the message areas observed. (Not when the document
   * element is itself an area: then its registration is the area's.)
   */
  private pausePage(): void {
    if (this.pagePaused || !this.observer || this.areas.includes(this.deps.document.documentElement)) return;
    this.pagePaused = true;
    this.observer.disconnect();
    for (const n of this.areas) this.observer.observe(n, AREA_OPTIONS);
  }

  private onIdle(): void {
    if (!this.stillAlive()) return;
    // Listen again before looking, so a change made while we check or scan is not lost.
    if (this.pagePaused && !this.stopped) this.observePage();
    if (this.scanDue || this.needsScan()) this.scanNow();
    else this.scheduled = false;
  }

  /**
   * After changes outside the watched areas: a scan is needed only if message parts appeared, left or moved,
   * or the page took away a body or panel we track. One selector query, no text read.
   */
  private needsScan(): boolean {
    if (!this.pageChanged) return false;
    this.pageChanged = false;
    try {
      this.stats.checks++;
      const watch = this.deps.adapter.watch;
      if (!watch) return true;
      const now = this.deps.document.querySelectorAll(watch);
      const known = this.known;
      if (now.length !== known.length) return true;
      for (let i = 0; i < now.length; i++) if (now[i] !== known[i]) return true;
      if (this.lostSomething()) return true;
      if (this.fallbackMode) this.scheduleFallback();
      return false;
    } catch (err) {
      logError('check', err);
      return false;
    }
  }

  /** A theme check after page changes, at most one per THEME_CHECK_MS, in idle time (it reads computed styles). */
  private scheduleThemeCheck(): void {
    if (this.themeTimer || this.stopped || !this.hasPanels()) return;
    this.themeTimer = true;
    this.deps.scheduler.delay(() => {
      this.themeTimer = false;
      this.deps.scheduler.idle(() => this.refreshThemes());
    }, THEME_CHECK_MS);
  }

  /** Without building the list panels() returns: this runs in the mutation callback. */
  private hasPanels(): boolean {
    for (const rec of this.tracked.values()) if (rec.panel) return true;
    return false;
  }

  private refreshThemes(): void {
    if (this.stopped) return;
    for (const rec of this.tracked.values()) {
      try {
        rec.panel?.refreshTheme?.();
      } catch (err) {
        logError('theme', err);
      }
    }
  }

  /** Word-based fallback scans read the whole main area's text: at most one per FALLBACK_INTERVAL_MS. */
  private scheduleFallback(): void {
    if (this.fallbackTimer || this.stopped) return;
    this.fallbackTimer = true;
    this.deps.scheduler.delay(() => {
      this.fallbackTimer = false;
      this.scanDue = true;
      this.schedule();
    }, FALLBACK_INTERVAL_MS);
  }

  private scan(): void {
    this.stats.scans++;
    const doc = this.deps.document;
    let found = this.deps.adapter.find(doc);
    this.fallbackMode = found.length === 0 && !!this.deps.fallback;
    if (this.fallbackMode) found = this.deps.fallback!.find(doc);
    const dirty = this.dirty;
    const allDirty = this.allDirty;
    this.dirty = [];
    this.allDirty = false;
    const clock = this.deps.now ?? (() => performance.now());
    const started = clock();
    let deferred = false;

    const live = new Set<HTMLElement>();
    for (const m of found) {
      live.add(m.body);
      try {
        const rec = this.tracked.get(m.body);
        const mine = allDirty ? [m.body] : dirty.filter((n) => m.body.contains(n));
        if (rec && mine.length === 0) {
          rec.found = m;
          this.ensurePlaced(rec);
          continue;
        }
        // A long thread opened at once is read over several idle slices instead of one long task.
        if (deferred || clock() - started > SLICE_BUDGET_MS) {
          deferred = true;
          if (rec) mine.forEach((n) => this.markDirty(n));
          continue;
        }
        this.process(m, rec);
      } catch (err) {
        logError('message', err);
      }
    }
    if (deferred) {
      this.scanDue = true;
      this.schedule();
    }
    // Messages that left the page (navigation) or collapsed: drop their panels and stop their timers.
    for (const [body, rec] of this.tracked) {
      if (live.has(body)) continue;
      this.unmountSafely(rec);
      this.tracked.delete(body);
    }
    this.watchAreas(found);
  }

  /**
   * Remembers where the messages are, so the observer can tell their changes from the rest of the page
   * cheaply: the outermost message parts, or their nearest common ancestor when there are many.
   */
  private watchAreas(found: FoundMessage[]): void {
    const watch = this.deps.adapter.watch;
    const known = watch ? Array.from(this.deps.document.querySelectorAll(watch)) : [];
    const outer: Element[] = [];
    let last: Element | null = null;
    // Document order: an element nested in the previous outermost one comes right after it.
    for (const el of known) {
      if (last && last.contains(el)) continue;
      outer.push(el);
      last = el;
    }
    for (const m of found) if (!outer.some((a) => a.contains(m.body))) outer.push(m.body);
    let areas: Node[] = outer;
    if (outer.length > MAX_AREAS) {
      let common: Node | null = outer[0]!;
      for (const el of outer) while (common && !common.contains(el)) common = common.parentNode;
      areas = common ? [common] : [];
    }
    this.known = known;
    const same = areas.length === this.areas.length && areas.every((n, i) => n === this.areas[i]);
    this.areas = areas;
    if (same || !this.observer) return;
    this.observer.disconnect();
    for (const n of areas) this.observer.observe(n, AREA_OPTIONS);
    const root = this.deps.document.documentElement;
    if (!this.pagePaused && !areas.includes(root)) this.observer.observe(root, PAGE_OPTIONS);
  }

  private process(m: FoundMessage, rec: Tracked | undefined): void {
    this.stats.textReads++;
    const { text, truncated } = bodyText(m.body, this.deps.maxText ?? MAX_NOTICE_TEXT);
    // Bodies are often filled after the container appears; an empty one is looked at again on the next change.
    if (text.trim() === '') return;
    const hash = hashText(text);
    if (rec && rec.hash === hash) {
      rec.found = m;
      this.ensurePlaced(rec);
      return;
    }
    const meta = m.describe();
    const key = boundedKey(m.key ?? `${this.deps.adapter.id}:${hashText(`${meta.subject ?? ''}\n${meta.from ?? ''}\n${text.slice(0, 4000)}`)}`);
    const cacheKey = `${key}#${hash}`;
    const verdict = this.verdictFor(cacheKey, text, meta, truncated);
    if (rec) this.unmountSafely(rec);
    const next: Tracked = { key, hash, diagnosis: null, panel: null, pending: false, dismissed: false, found: m };
    this.tracked.set(m.body, next);
    if (!(verdict instanceof Promise)) {
      next.diagnosis = verdict;
      if (verdict) void this.mountWhenReady(next);
      return;
    }
    verdict.then(
      (diagnosis) => {
        this.remember(cacheKey, diagnosis);
        // The page may have navigated or re-rendered the body while the analyzer worked.
        if (!this.isCurrent(next)) return;
        next.diagnosis = diagnosis;
        if (diagnosis) void this.mountWhenReady(next);
      },
      (err) => {
        this.verdicts.delete(cacheKey);
        if (contextGone(err) || !this.stillAlive()) {
          this.retire();
          return;
        }
        logError('analyze', err);
        this.afterFailure(next, cacheKey);
      },
    );
  }

  /**
   * The request failed for good (its retries too, see messaging.ts). The record is dropped, so the next
   * change to the message reads it again; and a rescan is scheduled, in case nothing changes.
   */
  private afterFailure(rec: Tracked, cacheKey: string): void {
    if (!this.isCurrent(rec)) return;
    this.tracked.delete(rec.found.body);
    const count = (this.failures.get(cacheKey) ?? 0) + 1;
    this.failures.set(cacheKey, count);
    if (count > FAILED_RESCANS_MAX) return;
    this.deps.scheduler.delay(() => {
      this.scanDue = true;
      this.schedule();
    }, FAILED_RESCAN_MS);
  }

  private verdictFor(cacheKey: string, text: string, m: MessageMeta, truncated: boolean): Diagnosis | null | Promise<Diagnosis | null> {
    const cached = this.verdicts.get(cacheKey);
    if (cached !== undefined) return cached;
    this.stats.prechecks++;
    if (!this.deps.analyzer.mightBeBounce(text, m.subject, m.from)) {
      this.remember(cacheKey, null);
      return null;
    }
    this.stats.analyses++;
    const request: RenderedMessage = { text, subject: m.subject, from: m.from, date: m.date };
    if (truncated) request.truncated = true;
    const answer = this.deps.analyzer.analyzeRendered(request);
    const result = answer instanceof Promise ? answer.then((d) => (d.bounce ? d : null)) : answer.bounce ? answer : null;
    this.remember(cacheKey, result);
    return result;
  }

  private remember(cacheKey: string, result: Diagnosis | null | Promise<Diagnosis | null>): void {
    if (this.verdicts.size >= VERDICT_CACHE_MAX && !this.verdicts.has(cacheKey)) {
      const oldest = this.verdicts.keys().next();
      if (!oldest.done) this.verdicts.delete(oldest.value);
    }
    this.verdicts.set(cacheKey, result);
  }

  private isCurrent(rec: Tracked): boolean {
    return !this.stopped && this.tracked.get(rec.found.body) === rec;
  }

  private async mountWhenReady(rec: Tracked): Promise<void> {
    rec.pending = true;
    let state: PanelState;
    try {
      state = await this.deps.store.get(rec.key);
    } catch (err) {
      logError('panel state', err);
      state = { collapsed: false, dismissed: false };
    }
    rec.pending = false;
    if (!this.isCurrent(rec)) return;
    if (state.dismissed) {
      rec.dismissed = true;
      return;
    }
    this.deps.scheduler.frame(() => {
      try {
        if (!this.isCurrent(rec) || rec.panel || rec.dismissed || !rec.diagnosis) return;
        const { mount } = rec.found;
        if (!mount.before.isConnected) return;
        this.stats.mounts++;
        if (mount.parent.nodeType === 1 || mount.parent.nodeType === 11) this.removeStrayPanels(mount.parent as ParentNode);
        rec.panel = this.deps.mount({
          parent: mount.parent,
          before: mount.before,
          inset: mount.inset === true,
          messageKey: rec.key,
          diagnosis: rec.diagnosis,
          initialCollapsed: state.collapsed,
          // A click or the countdown in a panel whose extension is gone freezes it instead (see retire):
          // the panel redraws only after this call, from a state the frozen copy no longer has.
          onCollapsedChange: (collapsed) => {
            if (this.stillAlive()) void this.deps.store.update(rec.key, { collapsed });
          },
          onDismiss: () => {
            if (this.stillAlive()) this.dismiss(rec);
          },
          // The panel shows "hidden for this message · Undo" for a while, then asks to be removed.
          onUndoDismiss: () => {
            if (this.stillAlive()) this.undoDismiss(rec);
          },
          onDismissSettled: () => {
            if (rec.dismissed) this.deps.scheduler.frame(() => this.unmountSafely(rec));
          },
          alive: () => this.stillAlive(),
        });
        this.own.add(rec.panel.host);
      } catch (err) {
        logError('mount', err);
      }
    });
  }

  private dismiss(rec: Tracked): void {
    try {
      rec.dismissed = true;
      void this.deps.store.update(rec.key, { dismissed: true });
    } catch (err) {
      logError('dismiss', err);
    }
  }

  private undoDismiss(rec: Tracked): void {
    try {
      rec.dismissed = false;
      void this.deps.store.update(rec.key, { dismissed: false });
    } catch (err) {
      logError('undo dismiss', err);
    }
  }

  /** Webmail re-renders can drop or move our host; put it back above the body without re-analysing. */
  private ensurePlaced(rec: Tracked): void {
    if (!rec.diagnosis || rec.dismissed || rec.pending) return;
    const { parent, before } = rec.found.mount;
    const host = rec.panel?.host;
    if (host && host.isConnected && host.parentNode === parent && host.nextSibling === before) return;
    this.deps.scheduler.frame(() => {
      try {
        if (!this.isCurrent(rec) || rec.dismissed) return;
        const h = rec.panel?.host;
        if (h && before.parentNode === parent) {
          parent.insertBefore(h, before);
        } else if (!h) {
          void this.mountWhenReady(rec);
        }
      } catch (err) {
        logError('place', err);
      }
    });
  }

  private unmountSafely(rec: Tracked): void {
    const panel = rec.panel;
    rec.panel = null;
    if (!panel) return;
    try {
      panel.unmount();
    } catch (err) {
      logError('unmount', err);
    }
  }
}

/**
 * Our own insertion must not trigger another scan, or the page would loop. Removals never count as ours:
 * whether the page took a panel away is decided by lostSomething(). No allocation.
 */
function isOwn(r: MutationRecord): boolean {
  const added = r.addedNodes;
  if (added.length === 0) return false;
  for (let i = 0; i < added.length; i++) if (!isHost(added[i]!)) return false;
  const removed = r.removedNodes;
  for (let i = 0; i < removed.length; i++) if (!isHost(removed[i]!)) return false;
  return true;
}

function isHost(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute('data-bounce-lens');
}
