const PREFIX = '[Bounce Lens]';

export function logError(where: string, err: unknown): void {
  try {
    console.error(PREFIX, where, err);
  } catch {
    // A page that replaced console must still never see our failure.
  }
}

/** Runs `fn`, logging instead of throwing: the page must never see an exception from the extension. */
export function guard<A extends unknown[], R>(where: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (err) {
      logError(where, err);
      return undefined;
    }
  };
}
