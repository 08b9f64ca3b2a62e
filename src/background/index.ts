import browser from 'webextension-polyfill';
import { analyzeRendered } from '../core/index';
import { DEFAULT_SETTINGS, prunePanels, SETTINGS_KEY } from '../content/storage';
import { hashText } from '../content/dom';
import { HistoryRecorder } from '../history/recorder';
import { isAnalyzeRequest, MAX_ANALYZED_TEXT, type AnalyzeAnswer } from './protocol';

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

async function answer(request: { text: string; subject?: string | null; from?: string | null; date?: string | null }, sender: browser.Runtime.MessageSender): Promise<AnalyzeAnswer> {
  const { text, subject, from, date } = request;
  const diagnosis = analyzeRendered({ text, subject, from, date });
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
  if (sender.id !== browser.runtime.id || !isAnalyzeRequest(request)) return undefined;
  const { text, ...meta } = request.message;
  return answer({ ...meta, text: text.length > MAX_ANALYZED_TEXT ? text.slice(0, MAX_ANALYZED_TEXT) : text }, sender);
});

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  try {
    if (reason !== 'install') return;
    const got = await browser.storage.local.get(SETTINGS_KEY);
    if (!got[SETTINGS_KEY]) await browser.storage.local.set({ [SETTINGS_KEY]: DEFAULT_SETTINGS });
  } catch (err) {
    console.error('[Bounce Lens]', 'install', err);
  }
});

// Once per browser start: forget collapse/dismiss records of notices nobody has opened for months.
browser.runtime.onStartup?.addListener(() => {
  prunePanels(browser.storage.local).catch((err: unknown) => console.error('[Bounce Lens]', 'prune', err));
});
