import browser from 'webextension-polyfill';
import { render } from 'preact';
import { readSettings } from '../content/storage';
import { t } from '../ui/i18n';
import { applyUiLanguage } from '../ui/ui-language';
import { Options } from './OptionsPage';

const loadMessages = async (code: string) => (await fetch(browser.runtime.getURL(`_locales/${code}/messages.json`))).json();

/** The page speaks the chosen language (or the browser's), and again after each new choice. */
async function speak(setting: string): Promise<void> {
  const language = await applyUiLanguage(setting, browser.i18n, loadMessages);
  document.documentElement.lang = language;
  document.title = t('extName');
}

const app = document.getElementById('app');
void readSettings(browser.storage.local).then(async (settings) => {
  await speak(settings.language);
  if (app) render(<Options area={browser.storage.local} onLanguage={speak} />, app);
});
