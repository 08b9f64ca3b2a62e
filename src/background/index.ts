import browser from 'webextension-polyfill';
import { analyzeRendered } from '../core/index';
import { MAX_NOTICE_TEXT } from '../core/limits';
import type { RenderedMessage } from '../core/types';
import { DEFAULT_SETTINGS, prunePanels, SETTINGS_KEY } from '../content/storage';
import { hashText } from '../content/dom';
import { HistoryRecorder } from '../history/recorder';
import { isAnalyzeRequest, isMessagesRequest, type AnalyzeAnswer } from './protocol';

// Thin: answers the content script's analyze requests with the shared core analyzer, records the bounces
// among them in the recent-bounces history, and keeps the default settings. Nothing is sent anywhere; the
// only messages are between our own scripts. (The toolbar popup analyzes pasted notices in its own page.)

const history = new HistoryRecorder(browser.storage.local);

function siteOf(sender: browser.Runtime.MessageSender): string {
  try {
    return new URL(sender.tab?.url ?? sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

async function answer(message: RenderedMessage, language: string | undefined, sender: browser.Runtime.MessageSender): Promise<AnalyzeAnswer> {
  const { text, subject, from, date } = message;
  const diagnosis = analyzeRendered(message, { language });
  if (!diagnosis.bounce) return diagnosis;
  try {
    // The fingerprint recognises the same notice opened again; it cannot be turned back into its text.
    const id = hashText(`${subject ?? ''}\n${from ?? ''}\n${date ?? ''}\n${text}`);
    const repeat = await history.seen(diagnosis, { id, site: siteOf(sender), date });
    return repeat ? { ...diagnosis, repeat } : diagnosis;
  } catch (err) {
    // Without storage there is no history, and the panel still shows.
    console.error('[Bounce Lens]', 'history', err);
    return diagnosis;
  }
}

browser.runtime.onMessage.addListener((request: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isMessagesRequest(request)) return localeMessages(request.language);
  if (!isAnalyzeRequest(request)) return undefined;
  const { text, subject, from, date, truncated } = request.message;
  // The content script sends at most MAX_NOTICE_TEXT characters; a longer text is cut here, and said so.
  const cut = text.length > MAX_NOTICE_TEXT;
  return answer({ text: cut ? text.slice(0, MAX_NOTICE_TEXT) : text, subject, from, date, truncated: cut || truncated === true }, request.language, sender);
});

/** A language's messages.json, read from the extension's own files. */
async function localeMessages(language: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  if (!response.ok) throw new Error(`no messages for ${language}`);
  return response.json();
}

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  try {
    if (reason === 'install') {
      const got = await browser.storage.local.get(SETTINGS_KEY);
      if (!got[SETTINGS_KEY]) await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
    }
  } catch (err) {
    console.error('[Bounce Lens]', 'install', err);
  }
  // Also here, not only at browser start-up: a browser that is never restarted gets extension updates.
  await prunePanels(browser.storage.local).catch((err: unknown) => console.error('[Bounce Lens]', 'prune', err));
});

// Once per browser start: forget collapse/dismiss records of notices nobody has opened for months.
browser.runtime.onStartup?.addListener(() => {
  prunePanels(browser.storage.local).catch((err: unknown) => console.error('[Bounce Lens]', 'prune', err));
});
