import browser from 'webextension-polyfill';
import { analyzeRendered, mightBeBounce } from '../core';
import { mountPanel } from '../ui/mount';
import { setMessageSource } from '../ui/i18n';
import { Controller } from './controller';
import { genericAdapter } from './generic';
import { logError } from './log';
import { browserScheduler } from './scheduler';
import { siteFor } from './sites';
import { PANEL_PREFIX, PanelStateStore, readSettings, SETTINGS_KEY, type KeyValueArea, type Settings } from './storage';

function localArea(): KeyValueArea | null {
  try {
    return browser.storage?.local ?? null;
  } catch {
    return null;
  }
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
    analyzer: { mightBeBounce, analyzeRendered: (m) => analyzeRendered(m) },
    store: new PanelStateStore(area),
    scheduler: browserScheduler,
    mount: mountPanel,
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
      const forgotten = Object.entries(changes).some(([k, c]) => k.startsWith(PANEL_PREFIX) && c.newValue === undefined);
      if (forgotten) controller.forgetDismissed();
    } catch (err) {
      logError('settings change', err);
    }
  });
}

main().catch((err) => logError('start', err));
