import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../shared-corpus';
import type { Advice, Diagnosis, RecipientStatus } from '../../../src/core/types';
import type { Scheduler } from '../../../src/content/scheduler';
import type { KeyValueArea } from '../../../src/content/storage';
import { setMessageSource } from '../../../src/ui/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const MESSAGES: Messages = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Messages;

/** chrome.i18n.getMessage semantics: $NAME$ → placeholder content, then $1…$9 → substitutions, $$ → $. */
export function getMessage(key: string, subs: string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : '';
  });
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '').replace(/\$\$/g, '$');
}

export function useRealMessages(): void {
  setMessageSource(getMessage);
}

/** Runs queued work only when the test says so, so ordering and batching can be asserted. */
export class ManualScheduler implements Scheduler {
  idleQueue: Array<() => void> = [];
  frameQueue: Array<() => void> = [];
  /** Delayed work with its delay; flush() runs it as if the time had passed. */
  delayQueue: Array<{ cb: () => void; ms: number }> = [];
  idle(cb: () => void): void {
    this.idleQueue.push(cb);
  }
  frame(cb: () => void): void {
    this.frameQueue.push(cb);
  }
  delay(cb: () => void, ms: number): void {
    this.delayQueue.push({ cb, ms });
  }
  /** Runs delayed work, idle work, lets storage promises settle, then runs frames, until nothing is left. */
  async flush(): Promise<void> {
    for (let round = 0; round < 10; round++) {
      await new Promise((r) => setTimeout(r, 0));
      this.delayQueue.splice(0).forEach((d) => d.cb());
      const idle = this.idleQueue.splice(0);
      idle.forEach((cb) => cb());
      await new Promise((r) => setTimeout(r, 0));
      const frames = this.frameQueue.splice(0);
      frames.forEach((cb) => cb());
      if (!idle.length && !frames.length && !this.idleQueue.length && !this.frameQueue.length && !this.delayQueue.length) return;
    }
  }
}

export class FakeArea implements KeyValueArea {
  data = new Map<string, unknown>();
  calls: string[] = [];
  failing = false;
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    this.calls.push('get');
    if (this.failing) throw new Error('storage gone');
    const list = keys == null ? Array.from(this.data.keys()) : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (this.data.has(k)) out[k] = this.data.get(k);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.calls.push('set');
    if (this.failing) throw new Error('storage gone');
    for (const [k, v] of Object.entries(items)) this.data.set(k, v);
  }
  async remove(keys: string | string[]): Promise<void> {
    this.calls.push('remove');
    if (this.failing) throw new Error('storage gone');
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

export function recipient(over: Partial<RecipientStatus> = {}): RecipientStatus {
  return {
    address: 'alice@example.com',
    action: 'delayed',
    status: '4.2.1',
    reply: 450,
    diagnostic: '450 4.2.1 The user you are trying to contact is receiving mail too quickly.',
    remoteMta: 'mx.example.com',
    remoteIp: null,
    sendingIp: null,
    reason: 'speeding',
    reasonEvidence: { kind: 'provider', text: 'is receiving mail too quickly' },
    cause: 'test-receiving-rate',
    verdict: 'wait',
    actor: 'nobody',
    retryUntil: null,
    ...over,
  };
}

export function advice(over: Partial<Advice> = {}): Advice {
  return {
    headline: 'Not delivered yet to alice@example.com — nothing to do',
    happened: 'alice@example.com is getting too much mail right now',
    next: 'wait',
    steps: ['If you send this person automated mail, send less often.'],
    resend: { when: 'not-while-retrying', text: "Don't send it again: your mail server keeps trying by itself." },
    title: 'Receiving too fast',
    explanation: 'The receiving server asked to slow down; the sender keeps the message queued.',
    adminSteps: ['Let the sending server retry.'],
    dnsExamples: [],
    ...over,
  };
}

export function diagnosis(over: Partial<Diagnosis> = {}): Diagnosis {
  return {
    bounce: true,
    kind: 'delay',
    reporter: 'gmail',
    reporterName: 'Gmail',
    recipients: [recipient()],
    advice: advice(),
    headline: null,
    groups: [],
    date: null,
    reportingMta: null,
    input: 'rendered',
    forwarded: false,
    ...over,
  };
}

/**
 * A click by the user: the panel acts only on trusted events (a page script's element.click() is not
 * one). happy-dom has no trusted events, so the flag is set on this one.
 */
export function userClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/** What a page script's element.click() dispatches: an untrusted click. */
export function scriptClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: false });
  el.dispatchEvent(event);
}
