// @vitest-environment happy-dom
// The Outlook adapter on real Outlook on the web markup: the reading-pane excerpts kept in
// ../shared/reference/webmail/outlook-dom (German UI, from Mailvelope's integration tests), read in place.
// A bounce body of our own goes into each excerpt's #UniqueMessageBody_… element.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { analyzeRendered, mightBeBounce } from '../../../src/core';
import { Controller } from '../../../src/content/controller';
import { outlookAdapter } from '../../../src/content/outlook';
import { PanelStateStore } from '../../../src/content/storage';
import { mountPanel } from '../../../src/ui/mount';
import type { RenderedMessage } from '../../../src/core/types';
import { describeWithReference, OUTLOOK_DOM_DIR } from '../../shared-corpus';
import { FakeArea, ManualScheduler, useRealMessages } from './helpers';
import { OWA_DE_TEXT } from './fixtures';

/** Our own German Exchange NDR, as OWA renders a notice's paragraphs. */
const BOUNCE_HTML = OWA_DE_TEXT.split('\n').map((line) => `<p>${line}</p>`).join('');

/** The excerpts that show an opened message (a reading pane with a message body). */
function readingPanes(): Array<{ file: string; html: string }> {
  return readdirSync(OUTLOOK_DOM_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(path.join(OUTLOOK_DOM_DIR, file), 'utf8') }))
    .filter(({ html }) => /id="UniqueMessageBody_\d+"/.test(html));
}

/** The sender line the excerpt shows ("Von: …" in the German UI, "From: …" in one English-labelled excerpt). */
function senderLine(html: string): string | null {
  const m = /aria-label="(?:Von|From): ([^"]+)"/.exec(html);
  return m ? m[1]! : null;
}

let controller: Controller | null = null;
let scheduler: ManualScheduler;
let asked: RenderedMessage[];

function load(html: string): HTMLElement {
  document.body.innerHTML = html;
  const body = document.querySelector<HTMLElement>('[id^="UniqueMessageBody_"]')!;
  body.innerHTML = BOUNCE_HTML;
  return body;
}

function start(): Controller {
  controller = new Controller({
    document,
    adapter: outlookAdapter,
    analyzer: { mightBeBounce, analyzeRendered: (m) => (asked.push(m), analyzeRendered(m)) },
    store: new PanelStateStore(new FakeArea()),
    scheduler,
    mount: mountPanel,
    now: () => 0,
  });
  controller.start();
  return controller;
}

const hosts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-bounce-lens="panel"]'));
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  useRealMessages();
  scheduler = new ManualScheduler();
  asked = [];
});

afterEach(() => {
  controller?.stop();
  controller = null;
  document.body.innerHTML = '';
});

describeWithReference('Outlook adapter on real Outlook markup (outlook-dom excerpts)', OUTLOOK_DOM_DIR, () => {
  const panes = readingPanes();

  it('finds the reading-pane excerpts (and a "Von:" sender line among them)', () => {
    expect(panes.length).toBeGreaterThanOrEqual(3);
    expect(panes.some(({ html }) => /aria-label="Von: /.test(html))).toBe(true);
  });

  for (const { file, html } of panes) {
    it(`${file}: one panel directly above the body, the sender from its header line, a key stable across re-renders`, async () => {
      let body = load(html);
      start();
      await scheduler.flush();
      const first = hosts();
      expect(first).toHaveLength(1);
      // Directly above the body: right before the body's outermost element (role=document around it).
      const outer = body.closest('[role="document"]') ?? body;
      expect(first[0]!.nextElementSibling).toBe(outer);
      expect(first[0]!.getAttribute('data-status')).toBe('5.1.1');
      expect(asked).toHaveLength(1);
      const sender = senderLine(html);
      if (sender) expect(asked[0]!.from).toBe(sender);
      else expect(asked[0]!.from).toBeNull();
      const key = first[0]!.getAttribute('data-message-key');
      expect(key).toMatch(/^outlook:[0-9a-z]{14}$/);

      // OWA re-renders the pane: every element replaced by a fresh one with the same content.
      body = load(html);
      await settle();
      await scheduler.flush();
      const again = hosts();
      expect(again).toHaveLength(1);
      expect(again[0]!.nextElementSibling).toBe(body.closest('[role="document"]') ?? body);
      expect(again[0]!.getAttribute('data-message-key')).toBe(key);

      // ...and the body alone, re-rendered in place.
      body.innerHTML = BOUNCE_HTML;
      await settle();
      await scheduler.flush();
      expect(hosts()).toHaveLength(1);
      expect(hosts()[0]!.getAttribute('data-message-key')).toBe(key);
    });
  }
});
