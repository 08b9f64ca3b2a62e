import browser from 'webextension-polyfill';
import { render } from 'preact';
import { readSettings } from '../content/storage';
import { t } from '../ui/i18n';
import { applyUiLanguage } from '../ui/ui-language';
import { Popup } from './PopupPage';

// The analysis runs here, in the popup's own page, not in the background script: a dropped file's bytes
// (up to 5 MB) are read and analyzed where they are, with no copy through extension messaging (which would
// serialise them to JSON in Chrome), and the answer does not wait for a suspended background worker to wake.

const loadMessages = async (code: string) => (await fetch(browser.runtime.getURL(`_locales/${code}/messages.json`))).json();

// Opened from the toolbar it gets a fixed comfortable width; opened as a tab (or in a narrow overflow
// menu) it follows the window, from 360 to 800 px.
try {
  if (browser.extension.getViews({ type: 'popup' }).includes(window)) document.documentElement.classList.add('in-popup');
} catch {
  // getViews unavailable: the fluid layout still works.
}

const app = document.getElementById('app');
void readSettings(browser.storage.local).then(async (settings) => {
  // The popup speaks the language chosen on the options page, or the browser's.
  const language = await applyUiLanguage(settings.language, browser.i18n, loadMessages);
  document.documentElement.lang = language;
  document.title = t('popupTitle');
  if (!app) return;
  render(
    <Popup
      area={browser.storage.local}
      changes={browser.storage.onChanged}
      openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      language={language}
    />,
    app,
  );
});
