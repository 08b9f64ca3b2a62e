// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { getMessage, userClick } from './helpers';
import { GMAIL_THREAD } from './fixtures';

// The content script's entry, wired to a fake extension API: settings, storage events and i18n.
type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;
const listeners: Listener[] = [];
const data = new Map<string, unknown>();
type MessageListener = (request: unknown, sender: { id: string }) => Promise<unknown> | undefined;
const messageListeners: MessageListener[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: (k: string, subs?: string[]) => getMessage(k, subs) },
    // The content script asks the background script (imported below, for real) to analyze.
    runtime: {
      id: 'bounce-lens-test',
      onMessage: { addListener: (fn: MessageListener) => messageListeners.push(fn) },
      onInstalled: { addListener: () => undefined },
      openOptionsPage: async () => undefined,
      sendMessage: async (request: unknown) => {
        for (const fn of messageListeners) {
          const answer = fn(request, { id: 'bounce-lens-test' });
          if (answer !== undefined) return answer;
        }
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    },
    action: { onClicked: { addListener: () => undefined } },
    storage: {
      local: {
        get: async (k: string | string[] | null) => {
          const keys = k == null ? Array.from(data.keys()) : Array.isArray(k) ? k : [k];
          return Object.fromEntries(keys.filter((x) => data.has(x)).map((x) => [x, data.get(x)]));
        },
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) data.set(k, v);
        },
        remove: async (k: string | string[]) => {
          for (const x of Array.isArray(k) ? k : [k]) data.delete(x);
        },
      },
      onChanged: { addListener: (fn: Listener) => listeners.push(fn) },
    },
  },
}));

const hosts = () => document.querySelectorAll('[data-bounce-lens="panel"]');

describe('content script entry', () => {
  it('starts on Gmail, shows panels in English, and follows the per-site switch', async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://mail.google.com/mail/u/0/#inbox/abc');
    document.body.innerHTML = GMAIL_THREAD;
    await import('../../../src/background/index');
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(hosts()).toHaveLength(2), { timeout: 3000 });
    const root = (hosts()[0] as HTMLElement).shadowRoot!;
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Bounce Lens');

    listeners.forEach((fn) => fn({ settings: { newValue: { sites: { gmail: false, outlook: true } } } }, 'local'));
    expect(hosts()).toHaveLength(0);

    listeners.forEach((fn) => fn({ settings: { newValue: { sites: { gmail: true, outlook: true } } } }, 'local'));
    await vi.waitFor(() => expect(hosts()).toHaveLength(2), { timeout: 3000 });

    // Expanding a panel again removes its own record: that is not "forget everything".
    const dismissed = hosts()[0] as HTMLElement;
    userClick(dismissed.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!);
    // (the panel shows "hidden for this message · Undo" for a while before it goes)
    const live = () => Array.from(hosts()).filter((h) => (h as HTMLElement).shadowRoot!.querySelector('[data-bounce-lens="headline"]'));
    await vi.waitFor(() => expect(live()).toHaveLength(1), { timeout: 3000 });
    expect(dismissed.shadowRoot!.querySelector('[data-bounce-lens="undo-strip"]')).not.toBeNull();
    listeners.forEach((fn) => fn({ 'panel:gmail:other': { oldValue: { c: 1, t: 1 } } }, 'local'));
    await new Promise((r) => setTimeout(r, 200));
    expect(live()).toHaveLength(1);
    // The options page removes the records and writes its marker: dismissed panels come back.
    for (const k of Array.from(data.keys())) if (k.startsWith('panel:')) data.delete(k);
    listeners.forEach((fn) => fn({ forgottenAt: { newValue: Date.now() } }, 'local'));
    await vi.waitFor(() => expect(live()).toHaveLength(2), { timeout: 3000 });
  });
});
