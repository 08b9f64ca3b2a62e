// @vitest-environment happy-dom
// The content script's entry when the background's worker was stopped while a request was pending: the
// request is sent again after a pause, and the panel appears without the user doing anything.
import { describe, expect, it, vi } from 'vitest';
import { getMessage } from './helpers';
import { GMAIL_THREAD } from './fixtures';

type MessageListener = (request: unknown, sender: { id: string }) => Promise<unknown> | undefined;
const messageListeners: MessageListener[] = [];
const state = { failuresLeft: 2, sent: 0 };

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: { getMessage: (k: string, subs?: string[]) => getMessage(k, subs) },
    runtime: {
      id: 'bounce-lens-test',
      onMessage: { addListener: (fn: MessageListener) => messageListeners.push(fn) },
      onInstalled: { addListener: () => undefined },
      openOptionsPage: async () => undefined,
      sendMessage: async (request: unknown) => {
        state.sent++;
        // What Chromium answers when the worker was stopped under a pending request.
        if (state.failuresLeft-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        for (const fn of messageListeners) {
          const answer = fn(request, { id: 'bounce-lens-test' });
          if (answer !== undefined) return answer;
        }
        throw new Error('no listener');
      },
    },
    action: { onClicked: { addListener: () => undefined } },
    storage: {
      local: { get: async () => ({}), set: async () => undefined, remove: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  },
}));

describe('content script entry, background restarting', () => {
  it('asks again after a pause when the request failed, and shows the panels', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://mail.google.com/mail/u/0/#inbox/abc');
    document.body.innerHTML = GMAIL_THREAD;
    await import('../../../src/background/index');
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-bounce-lens="panel"]')).toHaveLength(2), { timeout: 8000, interval: 50 });
    expect(state.sent).toBeGreaterThanOrEqual(4);
    expect(error).not.toHaveBeenCalled();
  });
});
