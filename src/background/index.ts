import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../content/storage';

// Deliberately thin: analysis happens in the content script and nothing is sent anywhere.

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  try {
    if (reason !== 'install') return;
    const got = await browser.storage.local.get(SETTINGS_KEY);
    if (!got[SETTINGS_KEY]) await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
  } catch (err) {
    console.error('[Bounce Lens]', 'install', err);
  }
});

// The toolbar button has no popup; it opens the settings, the only UI outside the webmail page.
browser.action.onClicked.addListener(() => {
  browser.runtime.openOptionsPage().catch((err: unknown) => console.error('[Bounce Lens]', 'options', err));
});
