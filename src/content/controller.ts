import type { Diagnosis, RenderedMessage } from '../core/types';
import type { FoundMessage, MessageMeta, SiteAdapter } from './types';
import type { Scheduler } from './scheduler';
import type { PanelState, PanelStateStore } from './storage';
import { hashText, visibleText } from './dom';
import { logError } from './log';

export interface Analyzer {
  mightBeBounce(text: string, subject?: string | null, from?: string | null): boolean;
  /** May answer later: in the extension the full analyzer runs in the background script (see index.ts). */
  analyzeRendered(message: RenderedMessage): Diagnosis | Promise<Diagnosis>;
}

export interface PanelHandle {
  readonly host: HTMLElement;
  unmount(): void;
}

export interface MountRequest {
  parent: Node;
  before: Node;
  messageKey: string;
  diagnosis: Diagnosis;
  initialCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: () => void;
}

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

/** Enough verdicts to cover long sessions of thread hopping without unbounded growth. */
const VERDICT_CACHE_MAX = 500;

/**
 * Watches the page with one MutationObserver, finds opened messages through the site adapter, analyses each
 * distinct body once and mounts a panel above bounces only. All page work is deferred to idle time and all
 * DOM writes to animation frames; every entry point catches its own errors.
 */
export class Controller {
  private readonly tracked = new Map<HTMLElement, Tracked>();
  /** `${key}#${hash}` → diagnosis (bounces) or null (checked, not a bounce); a promise while the answer is pending. */
  private readonly verdicts = new Map<string, Diagnosis | null | Promise<Diagnosis | null>>();
  private readonly dirty = new Set<Node>();
  private observer: MutationObserver | null = null;
  private scheduled = false;
  private stopped = true;
  /** Counts for tests and the benchmark. */
  readonly stats = { scans: 0, textReads: 0, prechecks: 0, analyses: 0, mounts: 0 };

  constructor(private readonly deps: ControllerDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const root = this.deps.document.documentElement;
    const MO = this.deps.document.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new MO((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    for (const rec of this.tracked.values()) this.unmountSafely(rec);
    this.tracked.clear();
    this.dirty.clear();
  }

  /** Runs a scan synchronously (tests, and the first scan after settings change). */
  scanNow(): void {
    this.scheduled = false;
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
    this.schedule();
  }

  private onMutations(records: MutationRecord[]): void {
    try {
      let relevant = false;
      for (const r of records) {
        if (this.isOwn(r)) continue;
        this.dirty.add(r.target);
        relevant = true;
      }
      if (relevant) this.schedule();
    } catch (err) {
      logError('observer', err);
    }
  }

  /** Our own insertions and removals must not trigger another scan, or the page would loop. */
  private isOwn(r: MutationRecord): boolean {
    if (r.type !== 'childList') return false;
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-bounce-lens'));
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.deps.scheduler.idle(() => this.scanNow());
  }

  private scan(): void {
    this.stats.scans++;
    const doc = this.deps.document;
    let found = this.deps.adapter.find(doc);
    if (found.length === 0 && this.deps.fallback) found = this.deps.fallback.find(doc);
    const dirty = Array.from(this.dirty);
    this.dirty.clear();
    const clock = this.deps.now ?? (() => performance.now());
    const started = clock();
    let deferred = false;

    const live = new Set<HTMLElement>();
    for (const m of found) {
      live.add(m.body);
      try {
        const rec = this.tracked.get(m.body);
        const mine = dirty.filter((n) => m.body.contains(n));
        if (rec && mine.length === 0) {
          rec.found = m;
          this.ensurePlaced(rec);
          continue;
        }
        // A long thread opened at once is read over several idle slices instead of one long task.
        if (deferred || clock() - started > SLICE_BUDGET_MS) {
          deferred = true;
          mine.forEach((n) => this.dirty.add(n));
          continue;
        }
        this.process(m, rec);
      } catch (err) {
        logError('message', err);
      }
    }
    if (deferred) this.schedule();
    // Messages that left the page (navigation) or collapsed: drop their panels and stop their timers.
    for (const [body, rec] of this.tracked) {
      if (live.has(body)) continue;
      this.unmountSafely(rec);
      this.tracked.delete(body);
    }
  }

  private process(m: FoundMessage, rec: Tracked | undefined): void {
    this.stats.textReads++;
    const text = visibleText(m.body);
    // Bodies are often filled after the container appears; an empty one is looked at again on the next change.
    if (text.trim() === '') return;
    const hash = hashText(text);
    if (rec && rec.hash === hash) {
      rec.found = m;
      this.ensurePlaced(rec);
      return;
    }
    const meta = m.describe();
    const key = m.key ?? `${this.deps.adapter.id}:${hashText(`${meta.subject ?? ''}\n${meta.from ?? ''}\n${text.slice(0, 4000)}`)}`;
    const cacheKey = `${key}#${hash}`;
    const verdict = this.verdictFor(cacheKey, text, meta);
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
        logError('analyze', err);
      },
    );
  }

  private verdictFor(cacheKey: string, text: string, m: MessageMeta): Diagnosis | null | Promise<Diagnosis | null> {
    const cached = this.verdicts.get(cacheKey);
    if (cached !== undefined) return cached;
    this.stats.prechecks++;
    if (!this.deps.analyzer.mightBeBounce(text, m.subject, m.from)) {
      this.remember(cacheKey, null);
      return null;
    }
    this.stats.analyses++;
    const answer = this.deps.analyzer.analyzeRendered({ text, subject: m.subject, from: m.from, date: m.date });
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
        rec.panel = this.deps.mount({
          parent: mount.parent,
          before: mount.before,
          messageKey: rec.key,
          diagnosis: rec.diagnosis,
          initialCollapsed: state.collapsed,
          onCollapsedChange: (collapsed) => void this.deps.store.update(rec.key, { collapsed }),
          onDismiss: () => this.dismiss(rec),
        });
      } catch (err) {
        logError('mount', err);
      }
    });
  }

  private dismiss(rec: Tracked): void {
    try {
      rec.dismissed = true;
      void this.deps.store.update(rec.key, { dismissed: true });
      this.deps.scheduler.frame(() => this.unmountSafely(rec));
    } catch (err) {
      logError('dismiss', err);
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
