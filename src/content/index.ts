import browser from 'webextension-polyfill';
import { mightBeBounce } from '../core/precheck';
import { ANALYZE_REQUEST, MAX_ANALYZED_TEXT, type AnalyzeAnswer, type AnalyzeRequest } from '../background/protocol';
import type { Diagnosis, RenderedMessage } from '../core/types';
import { mountPanel } from '../ui/mount';
import { setMessageSource } from '../ui/i18n';
import { Controller } from './controller';
import { genericAdapter } from './generic';
import { logError } from './log';
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

/** Only the cheap pre-check runs in the page; bodies that pass it are analyzed by the background script. */
function askBackground(message: RenderedMessage): Promise<Diagnosis> {
  // Cut here, not only in the background: a huge body (or a fallback's whole main area) need not be copied.
  const text = message.text.length > MAX_ANALYZED_TEXT ? message.text.slice(0, MAX_ANALYZED_TEXT) : message.text;
  const request: AnalyzeRequest = { type: ANALYZE_REQUEST, message: { ...message, text } };
  return browser.runtime.sendMessage(request) as Promise<Diagnosis>;
}

async function main(): Promise<void> {
  const site = siteFor(location.hostname);
  if (!site) return;
  setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
  const area = localArea();
  const controller = new Controller({
    document,
    adapter: site.adapter,
    fallback: genericAdapter,
    analyzer: { mightBeBounce, analyzeRendered: askBackground },
    store: new PanelStateStore(area),
    scheduler: browserScheduler,
    // The background's answer may carry the history's repeat note beside the diagnosis (see AnalyzeAnswer).
    mount: (req) => mountPanel({ ...req, repeat: (req.diagnosis as AnalyzeAnswer).repeat ?? null }),
  });
  const settings = await readSettings(area);
  if (settings.sites[site.site]) controller.start();

  browser.storage?.onChanged.addListener((changes, areaName) => {
    try {
      if (areaName !== 'local') return;
      const s = changes[SETTINGS_KEY]?.newValue as Settings | undefined;
      if (s?.sites) {
        if (s.sites[site.site] === false) controller.stop();
        else controller.start();
      }
      // Only the options page's marker: a panel expanded again also removes its own record.
      if (changes[FORGOTTEN_AT_KEY]) controller.forgetDismissed();
    } catch (err) {
      logError('settings change', err);
    }
  });
}

main().catch((err) => logError('start', err));
