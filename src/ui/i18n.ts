/**
 * UI strings come from _locales/<lang>/messages.json through the browser's i18n API, so translating the
 * extension means adding a messages.json, not touching code. The source is injected: the content script
 * passes browser.i18n.getMessage, tests pass a reader of the same JSON.
 */
export type MessageSource = (key: string, substitutions?: string[]) => string;

let source: MessageSource | null = null;

export function setMessageSource(fn: MessageSource | null): void {
  source = fn;
}

export function t(key: string, ...subs: Array<string | number>): string {
  try {
    const s = source?.(key, subs.map(String));
    if (s) return s;
  } catch {
    // An invalidated extension context makes getMessage throw; the key still tells the user something.
  }
  return key;
}
