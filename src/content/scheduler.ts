/** Where work runs: analysis when the page is idle, DOM writes on the next frame, so the page stays smooth. */
export interface Scheduler {
  idle(cb: () => void): void;
  frame(cb: () => void): void;
  /** Runs `cb` after `ms` milliseconds (used to rate-limit the costly text fallback). */
  delay(cb: () => void, ms: number): void;
}

/** Analysis may wait for idle time, but not forever on a busy page: a bounce should show within a second. */
const IDLE_TIMEOUT_MS = 500;

export const browserScheduler: Scheduler = {
  idle(cb) {
    // Called as a method of window: an unbound requestIdleCallback throws "Illegal invocation" in Chrome.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => cb(), { timeout: IDLE_TIMEOUT_MS });
    else window.setTimeout(cb, 50);
  },
  frame(cb) {
    if (typeof window.requestAnimationFrame === 'function') window.requestAnimationFrame(() => cb());
    else window.setTimeout(cb, 16);
  },
  delay(cb, ms) {
    window.setTimeout(cb, ms);
  },
};
