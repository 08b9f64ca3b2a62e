/**
 * Asking the background script, when it may not be there for a moment. A Manifest V3 service worker is
 * stopped when idle, and a busy one can be stopped while it answers: the pending request then fails
 * ("Could not establish connection. Receiving end does not exist.", "The message port closed before a
 * response was received."), though the next request starts a fresh worker and succeeds. So a failed
 * request is sent again after a growing pause. Not when the extension itself is gone (updated, reloaded or
 * removed under an open tab): no retry can succeed then, and the caller retires instead (see lifecycle.ts).
 */

/** Pauses before each new attempt: a worker restarts in well under a second; four attempts span ~5 s. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000];

export interface RetryOptions {
  delays?: readonly number[];
  /** Errors that no retry can cure. */
  fatal?: (err: unknown) => boolean;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `attempt()` until it succeeds, at most 1 + delays.length times; the last error is rethrown. */
export async function withRetry<T>(attempt: () => Promise<T>, { delays = RETRY_DELAYS_MS, fatal = () => false, wait = sleep }: RetryOptions = {}): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= delays.length || fatal(err)) throw err;
      await wait(delays[i]!);
    }
  }
}
