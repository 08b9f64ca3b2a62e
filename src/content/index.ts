import browser from 'webextension-polyfill';
import { mightBeBounce } from '../core/precheck';
import { ANALYZE_REQUEST, MESSAGES_REQUEST, type AnalyzeAnswer, type AnalyzeRequest, type MessagesRequest } from '../background/protocol';
import { MAX_NOTICE_TEXT } from '../core/limits';
import type { Diagnosis, RenderedMessage } from '../core/types';
import { mountPanel } from '../ui/mount';
import { applyUiLanguage } from '../ui/ui-language';
import { Controller } from './controller';
import { genericAdapter } from './generic';
import { contextGone, runtimeAlive } from './lifecycle';
import { logError } from './log';
import { withRetry } from './messaging';
import { browserScheduler } from './scheduler';
import { siteFor } from './sites';
import { FORGOTTEN_AT_KEY, PanelStateStore, readSettings, SETTINGS_KEY, type KeyValueArea, type Settings } from './storage';

function localArea(): KeyValueArea | null {
  try {
    return browser.storage?.local ?? null;
  } catch {
    return null;
  }
}

/** Whether the extension is still there (see lifecycle.ts). */
const extensionAlive = () => runtimeAlive(() => browser.runtime?.id);

/**
 * Only the cheap pre-check runs in the page; bodies that pass it are analyzed by the background script,
 * asked again after a pause when its worker was stopped meanwhile (messaging.ts).
 */
/** The language the panels speak: their advice is asked for in it (set before the first request). */
let language = 'en';

function askBackground(message: RenderedMessage): Promise<Diagnosis> {
  // The controller reads at most MAX_NOTICE_TEXT characters of a body (what the analyzer reads); the cut
  // here only guards that contract.
  const cut = message.text.length > MAX_NOTICE_TEXT;
  const request: AnalyzeRequest = {
    type: ANALYZE_REQUEST,
    message: cut ? { ...message, text: message.text.slice(0, MAX_NOTICE_TEXT), truncated: true } : message,
    language,
  };
  return withRetry(() => browser.runtime.sendMessage(request) as Promise<Diagnosis>, {
    fatal: (err) => contextGone(err) || !extensionAlive(),
  });
}

async function main(): Promise<void> {
  const site = siteFor(location.hostname);
  if (!site) return;
  const area = localArea();
  // A language chosen on the options page is read through the background script (see MessagesRequest).
  const loadMessages = (code: string) => browser.runtime.sendMessage({ type: MESSAGES_REQUEST, language: code } satisfies MessagesRequest);
  const settings = await readSettings(area);
  language = await applyUiLanguage(settings.language, browser.i18n, loadMessages);
  const controller = new Controller({
    document,
    adapter: site.adapter,
    fallback: genericAdapter,
    analyzer: { mightBeBounce, analyzeRendered: askBackground },
    store: new PanelStateStore(area),
    scheduler: browserScheduler,
    // The background's answer may carry the history's repeat note beside the diagnosis (see AnalyzeAnswer).
    mount: (req) => mountPanel({ ...req, language, clock: { locale: language }, repeat: (req.diagnosis as AnalyzeAnswer).repeat ?? null }),
    alive: extensionAlive,
    maxText: MAX_NOTICE_TEXT,
  });
  if (settings.sites[site.site]) controller.start();
  let languageSetting = settings.language;

  browser.storage?.onChanged.addListener((changes, areaName) => {
    if (!extensionAlive()) return;
    try {
      if (areaName !== 'local') return;
      const s = changes[SETTINGS_KEY]?.newValue as Settings | undefined;
      if (s?.sites) {
        if (s.sites[site.site] === false) controller.stop();
        else controller.start();
      }
      if (s && (s.language ?? 'auto') !== languageSetting) {
        languageSetting = s.language ?? 'auto';
        void applyUiLanguage(languageSetting, browser.i18n, loadMessages).then((spoken) => {
          language = spoken;
          controller.restartInNewLanguage();
        });
      }
      // Only the options page's marker: a panel expanded again also removes its own record.
      if (changes[FORGOTTEN_AT_KEY]) controller.forgetDismissed();
    } catch (err) {
      logError('settings change', err);
    }
  });
}

main().catch((err) => logError('start', err));
