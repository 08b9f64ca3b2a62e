// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeRendered, mightBeBounce } from '../../../src/core';
import { Controller } from '../../../src/content/controller';
import { gmailAdapter } from '../../../src/content/gmail';
import { outlookAdapter } from '../../../src/content/outlook';
import { genericAdapter } from '../../../src/content/generic';
import { PanelStateStore } from '../../../src/content/storage';
import { mountPanel } from '../../../src/ui/mount';
import type { SiteAdapter } from '../../../src/content/types';
import { FakeArea, ManualScheduler, useRealMessages } from './helpers';
import { GMAIL_ORDINARY, GMAIL_THREAD, OWA_DE, OWA_EN } from './fixtures';

// The content script wired to the real analyzer and knowledge base, on our DOM fixtures.
let controller: Controller | null = null;
let scheduler: ManualScheduler;

async function run(html: string, adapter: SiteAdapter): Promise<HTMLElement[]> {
  document.body.innerHTML = html;
  controller = new Controller({
    document,
    adapter,
    fallback: genericAdapter,
    analyzer: { mightBeBounce, analyzeRendered: (m) => analyzeRendered(m) },
    store: new PanelStateStore(new FakeArea()),
    scheduler,
    mount: mountPanel,
  });
  controller.start();
  await scheduler.flush();
  return Array.from(document.querySelectorAll<HTMLElement>('[data-bounce-lens="panel"]'));
}

beforeEach(() => {
  useRealMessages();
  scheduler = new ManualScheduler();
});

afterEach(() => {
  controller?.stop();
  controller = null;
});

describe('content script with the real analyzer', () => {
  it('explains both Gmail bounces of a thread: wait for the 450, act on the 550', async () => {
    const hosts = await run(GMAIL_THREAD, gmailAdapter);
    expect(hosts.map((h) => [h.getAttribute('data-reply'), h.getAttribute('data-status'), h.getAttribute('data-verdict')])).toEqual([
      ['450', '4.2.1', 'wait'],
      ['550', '5.1.1', 'act'],
    ]);
    const wait = hosts[0]!.shadowRoot!;
    // The fixture's delay notice is from March 2025 ("46 more hours"): its retry window is long over, so the
    // panel must not say "Wait" as if the server were still retrying.
    expect(wait.querySelector('[data-bounce-lens="verdict-chip"]')?.textContent).toBe('✓Over');
    expect(wait.querySelector('.headline')?.textContent).toBe('Older delay notice — the retries are over');
    expect(wait.querySelector('[data-bounce-lens="for-admin"]')?.textContent).toContain('450 4.2.1');
    expect(wait.querySelector('.retry')).toBeNull();
    expect(wait.querySelector('[data-bounce-lens="you-do"]')?.textContent).toContain('If no failure notice followed, the message was delivered.');
    // Gmail's own card is beside it: the rest stays under "Why?"
    expect(wait.querySelector('details.why')).not.toBeNull();
    expect(hosts[1]!.shadowRoot!.querySelector('[data-bounce-lens="headline"]')?.textContent).toMatch(/doesn't exist — check the address, then send again$/);
  });

  it('explains Outlook notices in English and German UIs', async () => {
    const en = await run(OWA_EN, outlookAdapter);
    expect(en.map((h) => h.getAttribute('data-reply'))).toEqual(['550']);
    controller!.stop();
    const de = await run(OWA_DE, outlookAdapter);
    expect(de.map((h) => h.getAttribute('data-status'))).toEqual(['5.1.1']);
  });

  it('leaves ordinary mail untouched', async () => {
    expect(await run(GMAIL_ORDINARY, gmailAdapter)).toHaveLength(0);
  });
});
