const PREFIX = '[Bounce Lens]';

/** Set once this script has retired (its extension was updated or removed): from then on it says nothing. */
let retired = false;

export function logError(where: string, err: unknown): void {
  if (retired) return;
  try {
    console.error(PREFIX, where, err);
  } catch {
    // A page that replaced console must still never see our failure.
  }
}

/** The one line a retiring script writes; everything after it is silent (every API call would fail). */
export function logRetired(message: string): void {
  if (retired) return;
  retired = true;
  try {
    console.warn(PREFIX, message);
  } catch {
    // As above.
  }
}

/** For tests, which retire and start controllers in one page. */
export function resetLog(): void {
  retired = false;
}
