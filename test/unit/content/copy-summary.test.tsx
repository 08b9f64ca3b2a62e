// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPanel, type PanelHandle } from '../../../src/ui/mount';
import { summaryText } from '../../../src/ui/summary';
import { ordinal, persistsText, repeatText } from '../../../src/ui/repeat-note';
import type { RepeatNote } from '../../../src/history/history';
import type { Diagnosis } from '../../../src/core/types';
import { advice, diagnosis, recipient, useRealMessages } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)></pre><script>alert(2)</script>';
const DAY = 24 * 3600_000;
/** Wednesday 4 March 2026, 10:00 UTC. */
const WED = Date.UTC(2026, 2, 4, 10, 0);
const CLOCK = { locale: 'en-GB', timeZone: 'UTC' };

const failure = (): Diagnosis =>
  diagnosis({
    kind: 'failure',
    reporterName: 'Microsoft 365 / Exchange Online',
    recipients: [
      recipient({
        address: 'kim@example.org', action: 'failed', reply: 550, status: '5.1.10', verdict: 'act', actor: 'recipient-admin',
        diagnostic: '550 5.1.10 RESOLVER.ADR.RecipientNotFound;\n  Recipient not found by SMTP address lookup', remoteMta: 'mx.example.org',
      }),
      recipient({ address: 'sam@example.net', action: 'delayed', reply: 451, status: '4.7.1', verdict: 'wait', actor: 'nobody', diagnostic: null, remoteMta: null }),
    ],
    headline: "kim@example.org doesn't exist — check the address, then send again",
    advice: advice({
      headline: "kim@example.org doesn't exist — check the address, then send again",
      steps: ['Check the address for typos.', 'Ask the recipient for a working address.'],
      resend: { when: 'after-your-fix', text: 'Send it again to the corrected address.' },
      title: 'The recipient address does not exist',
      explanation: 'The receiving server has no mailbox with this address.',
      adminSteps: ['Nothing to fix on your side.'],
      dnsExamples: ['example.org. MX 10 mx.example.org.'],
    }),
  });

const note: RepeatNote = { ordinal: 3, domain: 'example.net', since: WED - 2 * DAY, delaysOnly: true, persists: 'recipient-admin' };

let handles: PanelHandle[] = [];

function mount(d: Diagnosis, repeat: RepeatNote | null = null) {
  const wrap = document.createElement('div');
  const body = document.createElement('div');
  wrap.append(body);
  document.body.append(wrap);
  let handle!: PanelHandle;
  act(() => {
    handle = mountPanel({
      parent: wrap, before: body, messageKey: 'gmail:abc', diagnosis: d, repeat, initialCollapsed: false,
      onCollapsedChange: () => {}, onDismiss: () => {}, theme: 'light', now: () => WED, clock: CLOCK,
    });
  });
  handles.push(handle);
  return handle.host.shadowRoot!;
}

function setClipboard(writeText: ((s: string) => Promise<void>) | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
}

beforeEach(() => {
  useRealMessages();
  document.body.innerHTML = '';
});

afterEach(() => {
  handles.forEach((h) => h.unmount());
  handles = [];
  vi.restoreAllMocks();
  setClipboard(undefined);
});

describe('copy summary text', () => {
  it('says what happened and what you do, then for the IT admin the explanation and per recipient the codes, words and host', () => {
    const d = failure();
    d.recipients[0]!.remoteIp = '192.0.2.7';
    const text = summaryText({ diagnosis: d, nowMs: WED, clock: CLOCK });
    expect(text).toBe(`Mail delivery problem: kim@example.org doesn't exist — check the address, then send again
Reported by: Microsoft 365 / Exchange Online

What you do:
1. Check the address for typos.
2. Ask the recipient for a working address.
3. Send it again to the corrected address.

For your IT admin:
The recipient address does not exist. The receiving server has no mailbox with this address.
- Nothing to fix on your side.
Example DNS records
  example.org. MX 10 mx.example.org.

Recipients (2)
- kim@example.org
  Codes: 550 5.1.10
  The remote server's words: 550 5.1.10 RESOLVER.ADR.RecipientNotFound;
      Recipient not found by SMTP address lookup
  Remote host: mx.example.org [192.0.2.7]
  DSN action: failed
- sam@example.net
  Codes: 451 4.7.1
  DSN action: delayed

Analyzed locally in the browser by Bounce Lens; the notice was not sent anywhere.
`);
  });

  it('a wait verdict says the retry window, the repeat note, and not to resend', () => {
    const d = diagnosis({
      recipients: [recipient({ address: 'lee@example.net', retryUntil: { until: new Date(WED + 46 * 3600_000).toISOString(), hours: 46, source: 'notice-text', note: 'Gmail' } })],
      headline: 'Not delivered yet to lee@example.net — nothing to do',
    });
    const text = summaryText({ diagnosis: d, repeat: note, nowMs: WED, clock: CLOCK });
    expect(text).toContain('Mail delivery problem: Not delivered yet to lee@example.net — nothing to do\nYour mail server keeps trying until Fri 08:00 (46 h left).');
    expect(text).toContain("\n\n3rd delay from example.net since Monday.\nEach one clears by itself, but a problem that keeps coming back needs the recipient's IT admin to look into it.\n\nWhat you do:");
    expect(text).toContain("Don't send it again");
    expect(text.trimEnd().split('\n').at(-1)).toBe('Analyzed locally in the browser by Bounce Lens; the notice was not sent anywhere.');
  });

  it('an older delay notice whose retries are over reads as in the panel: no retry line, no steps', () => {
    const d = diagnosis({ recipients: [recipient({ retryUntil: { until: new Date(WED - DAY).toISOString(), hours: 48, source: 'notice-text', note: '' } })] });
    const text = summaryText({ diagnosis: d, nowMs: WED, clock: CLOCK });
    expect(text).toContain('Older delay notice — the retries are over');
    expect(text).toContain('If no failure notice followed, the message was delivered.');
    expect(text).not.toMatch(/keeps trying|Don't send/);
  });

  it('keeps hostile mail text as literal text', () => {
    const d = diagnosis({ recipients: [recipient({ address: `x${HOSTILE}@example.com`, diagnostic: HOSTILE, remoteMta: HOSTILE })] });
    const text = summaryText({ diagnosis: d, nowMs: WED });
    expect(text).toContain(`- x${HOSTILE}@example.com`);
    expect(text).toContain(`The remote server's words: ${HOSTILE}`);
  });
});

describe('repeat note wording', () => {
  it('English ordinals come from the plural rules and the messages file', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => ordinal(n, 'en'))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th',
    ]);
  });

  it('names the weekday within the week and the date beyond it; temporary failures are said as such', () => {
    expect(repeatText(note, WED, CLOCK)).toBe('3rd delay from example.net since Monday.');
    expect(repeatText({ ...note, since: WED - 9 * DAY, delaysOnly: false, ordinal: 2 }, WED, CLOCK)).toBe(
      '2nd delay or temporary failure from example.net since 23 Feb.',
    );
    expect(persistsText(note)).toBe("Each one clears by itself, but a problem that keeps coming back needs the recipient's IT admin to look into it.");
    expect(persistsText({ ...note, persists: null })).toBeNull();
  });
});

describe('panel: copy summary and repeat note', () => {
  it('has a copy button that puts the summary on the clipboard and announces "Copied"', async () => {
    const writeText = vi.fn(async (_: string) => {});
    setClipboard(writeText);
    const root = mount(failure());
    const status = root.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    const btn = root.querySelector<HTMLButtonElement>('button[data-bounce-lens="copy-summary"]')!;
    expect(btn.textContent).toBe('Copy summary');
    expect(btn.getAttribute('type')).toBe('button');
    btn.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toBe(summaryText({ diagnosis: failure(), nowMs: WED, clock: CLOCK }));
  });

  it('falls back to execCommand("copy") when the Clipboard API refuses, and says so when both fail', async () => {
    setClipboard(async () => {
      throw new Error('NotAllowedError');
    });
    const exec = vi.fn((_: string) => true);
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    const root = mount(failure());
    root.querySelector<HTMLButtonElement>('[data-bounce-lens="copy-summary"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied'));
    expect(exec).toHaveBeenCalledWith('copy');
    // The helper text area is gone again.
    expect(root.querySelector('textarea')).toBeNull();

    exec.mockReturnValue(false);
    const root2 = mount(failure());
    root2.querySelector<HTMLButtonElement>('[data-bounce-lens="copy-summary"]')!.click();
    await vi.waitFor(() => expect(root2.querySelector('[role="status"]')!.textContent).toBe('Could not copy'));
  });

  it('shows the repeat note with the "if it persists" actor, and none without a note', () => {
    const root = mount(diagnosis({ recipients: [recipient({ address: 'lee@example.net' })] }), note);
    const p = root.querySelector('[data-bounce-lens="repeat-note"]')!;
    expect(p.textContent).toBe(
      "3rd delay from example.net since Monday. Each one clears by itself, but a problem that keeps coming back needs the recipient's IT admin to look into it.",
    );
    expect(mount(diagnosis()).querySelector('[data-bounce-lens="repeat-note"]')).toBeNull();
    const noActor = mount(diagnosis(), { ...note, persists: null });
    expect(noActor.querySelector('[data-bounce-lens="repeat-note"]')!.textContent).toBe('3rd delay from example.net since Monday.');
  });
});
