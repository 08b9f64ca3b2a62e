import browser from 'webextension-polyfill';
import { analyzeRendered } from '../core/index';
import { MAX_NOTICE_TEXT } from '../core/limits';
import { DEFAULT_SETTINGS, prunePanels, SETTINGS_KEY } from '../content/storage';
import { isAnalyzeRequest } from './protocol';

// Thin: answers the content script's analyze requests with the shared core analyzer and keeps the
// default settings. Nothing is sent anywhere; the only messages are between our own scripts.

browser.runtime.onMessage.addListener((request: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isAnalyzeRequest(request)) return undefined;
  const { text, subject, from, date, truncated } = request.message;
  // The content script sends at most MAX_NOTICE_TEXT characters; a longer text is cut here, and said so.
  const cut = text.length > MAX_NOTICE_TEXT;
  return Promise.resolve(
    analyzeRendered({ text: cut ? text.slice(0, MAX_NOTICE_TEXT) : text, subject, from, date, truncated: cut || truncated === true }),
  );
});

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

// The toolbar button has no popup; it opens the settings, the only UI outside the webmail page.
browser.action.onClicked.addListener(() => {
  browser.runtime.openOptionsPage().catch((err: unknown) => console.error('[Bounce Lens]', 'options', err));
});

// Once per browser start: forget collapse/dismiss records of notices nobody has opened for months.
browser.runtime.onStartup?.addListener(() => {
  prunePanels(browser.storage.local).catch((err: unknown) => console.error('[Bounce Lens]', 'prune', err));
});
