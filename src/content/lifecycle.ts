/**
 * Whether the extension that injected this content script is still there. An update, a reload or a
 * removal leaves the script running in open tabs (Chromium keeps it alive but cut off: every extension
 * API call throws "Extension context invalidated"; Firefox destroys it and injects the new version's
 * script). A cut-off script can do nothing useful: it stops watching the page, freezes its panels as
 * they are and says so once (Controller.retire).
 */
export function contextGone(err: unknown): boolean {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return /Extension context invalidated|can't access dead object|dead object/i.test(message);
}

/** `runtime.id` reads undefined (Chromium) or throws (Firefox) once the extension is gone. */
export function runtimeAlive(read: () => string | undefined): boolean {
  try {
    const id = read();
    return typeof id === 'string' && id !== '';
  } catch {
    return false;
  }
}
