// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPanel, type PanelHandle } from '../../../src/ui/mount';
import { formatLeft, formatUntil, retryText } from '../../../src/ui/format';
import { detectTheme, parseColor } from '../../../src/ui/theme';
import { advice, diagnosis, recipient, scriptClick, useRealMessages, userClick } from './helpers';
import type { Diagnosis } from '../../../src/core/types';
import * as i18n from '../../../src/ui/i18n';

const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
const HOSTILE_SCRIPT = '</style><script>alert(1)</script>';

let handles: PanelHandle[] = [];

function mount(d: Diagnosis, extra: Partial<Parameters<typeof mountPanel>[0]> = {}): { handle: PanelHandle; root: ShadowRoot; body: HTMLElement } {
  const wrap = document.createElement('div');
  const body = document.createElement('div');
  body.className = 'ii gt';
  body.textContent = 'message body';
  wrap.append(body);
  document.body.append(wrap);
  let handle!: PanelHandle;
  act(() => {
    handle = mountPanel({
      parent: wrap,
      before: body,
      messageKey: 'gmail:abc',
      diagnosis: d,
      initialCollapsed: false,
      onCollapsedChange: () => {},
      onDismiss: () => {},
      theme: 'light',
      ...extra,
    });
  });
  handles.push(handle);
  return { handle, root: handle.host.shadowRoot!, body };
}

beforeEach(() => {
  useRealMessages();
  document.body.innerHTML = '';
});

afterEach(() => {
  handles.forEach((h) => h.unmount());
  handles = [];
  vi.useRealTimers();
});

const FAILED_USER = () =>
  diagnosis({
    kind: 'failure',
    reporter: 'postfix',
    reporterName: 'Postfix',
    recipients: [recipient({ address: 'j.doe@example.net', action: 'failed', reply: 550, status: '5.1.1', verdict: 'act', actor: 'sender', cause: 'user-unknown', remoteMta: 'mx.example.net', remoteIp: '192.0.2.7', diagnostic: '550 5.1.1 <j.doe@example.net>: Recipient address rejected: User unknown' })],
    headline: "j.doe@example.net doesn't exist — check the address, then send again",
    advice: advice({
      headline: "j.doe@example.net doesn't exist — check the address, then send again",
      happened: "j.doe@example.net doesn't exist",
      next: 'check the address',
      steps: ['Check the address for typos.'],
      resend: { when: 'after-your-fix', text: 'Send it again to the corrected address.' },
      title: 'The recipient address does not exist',
      explanation: 'X.1.1: no such mailbox.',
      adminSteps: ['Nothing to fix on your side.'],
    }),
    date: '2025-03-06T16:00:00.000Z',
    reportingMta: 'mail.example.com',
  });

describe('panel rendering', () => {
  it('shows hostile mail text literally and creates no element from it', () => {
    const d = diagnosis({
      reporterName: `Evil ${HOSTILE_IMG}`,
      recipients: [recipient({ address: `x${HOSTILE_IMG}@example.com`, diagnostic: `550 ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`, remoteMta: HOSTILE_SCRIPT })],
      headline: `Act ${HOSTILE_SCRIPT}`,
      advice: advice({ headline: `Act ${HOSTILE_SCRIPT}`, explanation: HOSTILE_IMG, steps: [HOSTILE_SCRIPT], adminSteps: [HOSTILE_IMG], dnsExamples: [HOSTILE_IMG] }),
    });
    const { root } = mount(d);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    // Exactly one <style>: ours; the hostile "</style>" did not open or close anything.
    expect(root.querySelectorAll('style')).toHaveLength(1);
    const text = root.textContent ?? '';
    expect(text).toContain(`550 ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`);
    expect(text).toContain(`Act ${HOSTILE_SCRIPT}`);
    expect(text).toContain(`Evil ${HOSTILE_IMG}`);
    expect(root.querySelector('[data-bounce-lens="for-admin"] pre[dir="auto"]')?.textContent).toBe(`550 ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`);
  });

  it('sits directly above the body with the attributes browser tests select on', () => {
    const { handle, body } = mount(diagnosis());
    const host = handle.host;
    expect(host.nextSibling).toBe(body);
    expect(host.getAttribute('data-bounce-lens')).toBe('panel');
    expect(host.getAttribute('data-status')).toBe('4.2.1');
    expect(host.getAttribute('data-reply')).toBe('450');
    expect(host.getAttribute('data-verdict')).toBe('wait');
    expect(host.getAttribute('data-message-key')).toBe('gmail:abc');
    expect(host.getAttribute('style')).toContain('all: initial');
  });

  it('heads with the verdict chip (glyph and word) and a headline of what happened and what you do, address in bold', () => {
    const { root } = mount(FAILED_USER());
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Bounce Lens');
    const chip = root.querySelector('[data-bounce-lens="verdict-chip"]')!;
    expect(chip.textContent).toBe('!Act');
    expect(chip.querySelector('.glyph')?.getAttribute('aria-hidden')).toBe('true');
    const headline = root.querySelector('[data-bounce-lens="headline"]')!;
    expect(headline.textContent).toBe("j.doe@example.net doesn't exist — check the address, then send again");
    expect(headline.querySelector('b.addr')?.textContent).toBe('j.doe@example.net');
    // the chip does not repeat the headline's words
    expect(root.querySelector('.head')?.textContent).not.toMatch(/Action needed/);
  });

  it('says what you do in at most three plain steps, the resend answer last; the rest is for the IT admin, closed', () => {
    const { root } = mount(FAILED_USER());
    const youDo = root.querySelector('[data-bounce-lens="you-do"]')!;
    expect(youDo.querySelector('.label')?.textContent).toBe('What you do');
    expect(Array.from(youDo.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Check the address for typos.', 'Send it again to the corrected address.']);
    const admin = root.querySelector<HTMLDetailsElement>('details[data-bounce-lens="for-admin"]')!;
    expect(admin.open).toBe(false);
    expect(admin.querySelector('summary')?.textContent).toBe('For your IT admin');
    expect(admin.textContent).toContain('X.1.1: no such mailbox.');
    expect(admin.textContent).toContain('Nothing to fix on your side.');
    expect(youDo.textContent).not.toContain('X.1.1');
  });

  it('gives the admin the remote host with its IP, the sending IP, DSN action, notice time and reporting host', () => {
    const d = FAILED_USER();
    d.recipients[0]!.sendingIp = '203.0.113.9';
    const { root } = mount(d, { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    const admin = root.querySelector('[data-bounce-lens="for-admin"]')!;
    const rows = Object.fromEntries(Array.from(admin.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(rows['Remote server']).toBe('mx.example.net [192.0.2.7]');
    expect(rows['Sending IP named by the server']).toBe('203.0.113.9');
    expect(rows['DSN action']).toBe('failed');
    expect(rows['Codes']).toBe('550 5.1.1');
    expect(rows['Notice written']).toContain('6 Mar');
    expect(rows['Written by']).toBe('Postfix · mail.example.com');
  });

  it('lists DNS example records as code in the admin section', () => {
    const d = FAILED_USER();
    d.advice = advice({ ...d.advice!, dnsExamples: ['example.com. TXT "v=spf1 mx -all"'] });
    const { root } = mount(d);
    expect(root.querySelector('[data-bounce-lens="for-admin"] pre code')?.textContent).toBe('example.com. TXT "v=spf1 mx -all"');
    expect(root.querySelector('[data-bounce-lens="you-do"] pre')).toBeNull();
  });

  it('with several recipients failing for different reasons: one block per problem, in the given (widest impact) order', () => {
    const blocked = advice({ headline: 'Your mail server is on a spam blocklist — forward this to your IT admin, then send again', steps: ['Forward this notice to your IT admin or e-mail provider.'], resend: { when: 'after-their-fix', text: 'Send it again once your IT admin or e-mail provider has fixed it.' }, title: 'Blocklisted' });
    const unknown = advice({ headline: "b@example.net doesn't exist — check the address, then send again", steps: ['Check the address.'], resend: { when: 'after-your-fix', text: 'Send it again to the corrected address.' }, title: 'No such address' });
    const d = diagnosis({
      kind: 'failure',
      recipients: [
        recipient({ address: 'b@example.net', action: 'failed', reply: 550, status: '5.1.1', verdict: 'act', actor: 'sender', cause: 'user-unknown' }),
        recipient({ address: 'c@example.org', action: 'failed', reply: 554, status: '5.7.1', verdict: 'act', actor: 'sender-admin', cause: 'dnsbl-listed' }),
        recipient({ address: 'd@example.org', action: 'failed', reply: 554, status: '5.7.1', verdict: 'act', actor: 'sender-admin', cause: 'dnsbl-listed' }),
      ],
      headline: '3 recipients not reached, for 2 different reasons',
      groups: [
        { cause: 'dnsbl-listed', recipients: [1, 2], advice: blocked },
        { cause: 'user-unknown', recipients: [0], advice: unknown },
      ],
      advice: unknown,
    });
    const { root } = mount(d);
    expect(root.querySelector('[data-bounce-lens="headline"]')?.textContent).toBe('3 recipients not reached, for 2 different reasons');
    const blocks = Array.from(root.querySelectorAll('[data-bounce-lens="you-do"] .group'));
    expect(blocks.map((b) => b.getAttribute('data-cause'))).toEqual(['dnsbl-listed', 'user-unknown']);
    expect(blocks[0]!.querySelector('.also')?.textContent).toBe('Also: d@example.org');
    expect(Array.from(blocks[1]!.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Check the address.', 'Send it again to the corrected address.']);
    expect(blocks[1]!.querySelector('.gline b.addr')?.textContent).toBe('b@example.net');
    expect(root.querySelectorAll('[data-bounce-lens="for-admin"] .admin-cause')).toHaveLength(2);
    expect(root.textContent).toContain('Recipients (3)');
  });

  it('lists at most 50 recipients of a huge notice and says how many more there are', () => {
    const many = Array.from({ length: 120 }, (_, i) => recipient({ address: `user${i}@example.com` }));
    const { root } = mount(diagnosis({ recipients: many }));
    expect(root.textContent).toContain('Recipients (120)');
    expect(root.querySelector('.more')?.textContent).toContain('70 more');
    expect(root.querySelectorAll('[data-bounce-lens="for-admin"] hr.sep')).toHaveLength(49);
  });

  it('keeps a margin from the card edges when asked to (Outlook)', () => {
    const { handle } = mount(diagnosis(), { inset: true });
    const style = handle.host.getAttribute('style') ?? '';
    expect(style).toMatch(/margin: 8px 12px 4px !important/);
    const { handle: flush } = mount(diagnosis());
    expect(flush.host.getAttribute('style')).toContain('margin: 0 0 12px !important');
  });

  it('has accessible icon buttons in the header row, tied to the body, with visible focus styles', () => {
    const { root } = mount(diagnosis());
    expect(root.querySelector('section')?.getAttribute('role')).toBe('region');
    const toggle = root.querySelector('.head button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-label')).toBe('Collapse the explanation');
    expect(toggle.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(root.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
    expect(root.querySelector('.head button[aria-label="Hide Bounce Lens for this message"] svg')).not.toBeNull();
    for (const b of Array.from(root.querySelectorAll('button'))) {
      expect(b.getAttribute('type')).toBe('button');
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    }
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/\.head \{[^}]*flex-wrap: nowrap/);
    expect(css).toMatch(/button:focus-visible[^{]*\{[^}]*outline: 2px solid/);
    expect(css).toMatch(/summary:focus-visible/);
  });

  it('keeps the server words in the closed admin section', () => {
    const { root } = mount(diagnosis());
    const details = root.querySelector<HTMLDetailsElement>('[data-bounce-lens="for-admin"]')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('receiving mail too quickly');
    expect(details.textContent).toContain('mx.example.com');
  });

  it('beside a native card (Gmail, Microsoft 365) says only the verdict and resend answer, the rest under "Why?"', () => {
    const { root } = mount(diagnosis({ kind: 'failure', reporter: 'gmail', recipients: [recipient({ action: 'failed', verdict: 'act', actor: 'sender' })], headline: 'x — check the address, then send again', advice: advice({ resend: { when: 'after-your-fix', text: 'Send it again to the corrected address.' } }) }));
    const why = root.querySelector<HTMLDetailsElement>('details.why')!;
    expect(why.open).toBe(false);
    expect(why.querySelector('summary')?.textContent).toBe('Why?');
    expect(why.querySelector('[data-bounce-lens="you-do"]')).not.toBeNull();
    expect(why.querySelector('[data-bounce-lens="for-admin"]')).not.toBeNull();
    expect(root.querySelector('.body > p')?.textContent).toBe('Send it again to the corrected address.');
    const { root: full } = mount(diagnosis({ reporter: 'postfix' }));
    expect(full.querySelector('details.why')).toBeNull();
    expect(full.querySelector('.body > [data-bounce-lens="you-do"]')).not.toBeNull();
  });

  it('collapses with a real button, reports it, and expands again', () => {
    const changes: boolean[] = [];
    const { root } = mount(diagnosis(), { onCollapsedChange: (c) => changes.push(c) });
    const btn = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const body = root.getElementById(btn.getAttribute('aria-controls')!)!;
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    act(() => userClick(btn));
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(btn.getAttribute('aria-label')).toBe('Expand the explanation');
    expect(body.hidden).toBe(true);
    act(() => userClick(btn));
    expect(body.hidden).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it('starts collapsed when remembered so', () => {
    const { root } = mount(diagnosis(), { initialCollapsed: true });
    expect(root.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector<HTMLElement>('.body')?.hidden).toBe(true);
  });

  it('calls dismiss from a labelled button and keeps shortcut keys away from the page', () => {
    let dismissed = 0;
    const { root } = mount(diagnosis(), { onDismiss: () => dismissed++ });
    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    const btn = root.querySelector<HTMLButtonElement>('button[aria-label="Hide Bounce Lens for this message"]')!;
    btn.dispatchEvent(new KeyboardEvent('keydown', { key: '#', bubbles: true, composed: true }));
    act(() => userClick(btn));
    expect(dismissed).toBe(1);
    expect(seen).toEqual([]);
  });

  it('after dismiss shows "hidden for this message · Undo" for 10 seconds, then asks to be removed; Undo brings it back', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const handlers = { onDismiss: () => calls.push('dismiss'), onUndoDismiss: () => calls.push('undo'), onDismissSettled: () => calls.push('settled') };
    const { root } = mount(diagnosis(), handlers);
    act(() => userClick(root.querySelector('button[aria-label^="Hide"]')!));
    const strip = root.querySelector('[data-bounce-lens="undo-strip"]')!;
    expect(strip.getAttribute('role')).toBe('status');
    expect(strip.textContent).toBe('Hidden for this message · Undo');
    expect(root.querySelector('[data-bounce-lens="headline"]')).toBeNull();
    act(() => userClick(strip.querySelector('button')!));
    expect(calls).toEqual(['dismiss', 'undo']);
    expect(root.querySelector('[data-bounce-lens="headline"]')).not.toBeNull();
    act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(calls).toEqual(['dismiss', 'undo']);
    act(() => userClick(root.querySelector('button[aria-label^="Hide"]')!));
    act(() => {
      vi.advanceTimersByTime(9_000);
    });
    expect(calls).toEqual(['dismiss', 'undo', 'dismiss']);
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(calls).toEqual(['dismiss', 'undo', 'dismiss', 'settled']);
  });
});

describe('panel hardening', () => {
  it('ignores clicks a page script makes (untrusted events) and acts on the user\'s', () => {
    let dismissed = 0;
    const changes: boolean[] = [];
    const { root } = mount(diagnosis(), { onDismiss: () => dismissed++, onCollapsedChange: (c) => changes.push(c) });
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const dismiss = root.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!;
    act(() => scriptClick(dismiss));
    act(() => scriptClick(toggle));
    expect(dismissed).toBe(0);
    expect(changes).toEqual([]);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => userClick(toggle));
    act(() => userClick(dismiss));
    expect(changes).toEqual([true]);
    expect(dismissed).toBe(1);
  });

  it('shows bidi and other control characters of the notice as marks, isolated, never as themselves', () => {
    const d = diagnosis({
      recipients: [recipient({
        address: 'invoice\u202Efdp.exe@example.com',
        diagnostic: '550 5.1.1 \u2067evil\u2069 user \u202Eunknown\u202C \u001b]0;title\u0007 \u009b31m',
        remoteMta: 'mx\u200F.example.net',
      }), recipient({ address: 'second\u202Ebad@example.org' })],
    });
    const { root } = mount(d);
    root.querySelector('details')!.setAttribute('open', '');
    const text = root.textContent ?? '';
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const marks = Array.from(root.querySelectorAll('.ctl'), (el) => el.textContent);
    expect(marks).toEqual(expect.arrayContaining(['U+202E', 'U+2067', 'U+2069', 'U+202C', 'U+001B', 'U+0007', 'U+009B', 'U+200F']));
    expect(root.querySelector('details pre[dir="auto"]')?.textContent).toBe('550 5.1.1 U+2067evilU+2069 user U+202EunknownU+202C U+001B]0;titleU+0007 U+009B31m');
    // Each value sits in its own <bdi>: its direction cannot reach the text around it.
    expect(root.querySelector('details pre > bdi')).not.toBeNull();
    const recipientRow = Array.from(root.querySelectorAll('dt')).find((dt) => dt.textContent === 'Recipient')!;
    expect(recipientRow.nextElementSibling?.querySelector(':scope > bdi')?.textContent).toBe('invoiceU+202Efdp.exe@example.com');
    expect(root.querySelector('.ctl')?.getAttribute('title')).toMatch(/U\+[0-9A-F]{4}/);
  });

  it('says "at least N" recipients when the notice went on past what was read', () => {
    const many = Array.from({ length: 3 }, (_, i) => recipient({ address: `user${i}@example.net` }));
    const { root } = mount(diagnosis({ recipients: many, truncated: true }));
    expect(root.textContent).toContain('Recipients (at least 3');
    const one = mount(diagnosis({ truncated: true }));
    expect(one.root.textContent).toContain('Recipients (at least 1');
    const whole = mount(diagnosis({ recipients: many }));
    expect(whole.root.textContent).toContain('Recipients (3)');
    expect(whole.root.textContent).not.toContain('at least');
  });

  it('freezes: the same text stays, without buttons and without redrawing', () => {
    vi.useFakeTimers({ now: Date.parse('2025-03-06T16:00:00Z') });
    const d = diagnosis({ recipients: [recipient({ retryUntil: { until: '2025-03-08T14:00:00Z', hours: 46, source: 'notice-text', note: 'Gmail will retry for 46 more hours' } })] });
    const { handle, root } = mount(d, { now: () => Date.now() });
    const before = root.querySelector('.headline')?.textContent;
    expect(before).toMatch(/46 h left/);
    handle.freeze();
    expect(handle.host.hasAttribute('data-frozen')).toBe(true);
    expect(root.querySelectorAll('button')).toHaveLength(0);
    // The extension's strings are gone now: a redraw would show message keys. None happens.
    const keys = vi.fn((key: string) => key);
    const { setMessageSource } = i18n;
    setMessageSource(keys);
    vi.advanceTimersByTime(3 * 3600_000);
    expect(root.querySelector('.headline')?.textContent).toBe(before);
    expect(keys).not.toHaveBeenCalled();
  });
});

describe('retry countdown', () => {
  const NOW = Date.parse('2025-03-06T16:00:00Z'); // a Thursday
  const UNTIL = '2025-03-08T14:00:00Z'; // Saturday, 46 h later
  const waiting = () =>
    diagnosis({
      recipients: [recipient({ retryUntil: { until: UNTIL, hours: 46, source: 'notice-text', note: 'Gmail will retry for 46 more hours' } })],
      headline: 'Not delivered yet to alice@example.com — nothing to do',
    });

  it('says the retry time once, in the headline while nothing needs doing, and counts it down live', () => {
    vi.useFakeTimers({ now: NOW });
    const { root, handle } = mount(waiting(), { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    const headline = () => root.querySelector('[data-bounce-lens="headline"]')?.textContent;
    expect(headline()).toBe('Not delivered yet to alice@example.com — nothing to do, still trying until Sat 14:00 (46 h left)');
    expect(root.querySelector('.retry')).toBeNull();
    expect((root.textContent ?? '').match(/14:00/g)).toHaveLength(1);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    act(() => {
      vi.advanceTimersByTime(2 * 3600_000);
    });
    expect(headline()).toBe('Not delivered yet to alice@example.com — nothing to do, still trying until Sat 14:00 (44 h left)');
    act(() => {
      vi.advanceTimersByTime(44 * 3600_000);
    });
    // No longer "Wait": the chip and headline say the retries are over, and nothing more about retries.
    expect(root.querySelector('[data-bounce-lens="verdict-chip"]')?.textContent).toBe('✓Over');
    expect(headline()).toBe('Older delay notice — the retries are over');
    expect(root.textContent).not.toMatch(/still trying|keeps trying/);
    // Nothing changes after the end, so no timer keeps running.
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(handle.host.isConnected).toBe(true);
  });

  it('while a problem needs fixing: one retry line at body size, and no resend', () => {
    vi.useFakeTimers({ now: NOW });
    const d = diagnosis({
      recipients: [recipient({ verdict: 'act', actor: 'sender-admin', cause: 'no-ptr', retryUntil: { until: UNTIL, hours: 46, source: 'notice-text', note: '' } })],
      headline: "Your mail server is being turned away — forward this to your IT admin. Don't resend.",
      advice: advice({ resend: { when: 'not-while-retrying', text: "Don't send it again: once it is fixed, the copy still waiting on your mail server goes through." } }),
    });
    const { root } = mount(d, { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    expect(root.querySelectorAll('.retry')).toHaveLength(1);
    expect(root.querySelector('.retry')?.textContent).toBe('Your mail server keeps trying until Sat 14:00 (46 h left).');
    expect((root.textContent ?? '').match(/14:00/g)).toHaveLength(1);
    expect(root.querySelector('.bl')?.classList.contains('act')).toBe(true);
  });

  it('does not show an older delay notice as still waiting', () => {
    vi.useFakeTimers({ now: Date.parse('2025-03-12T09:00:00Z') });
    const { root, handle } = mount(waiting(), { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    expect(root.querySelector('[data-bounce-lens="verdict-chip"]')?.textContent).toBe('✓Over');
    expect(root.querySelector('.headline')?.textContent).toBe('Older delay notice — the retries are over');
    expect(root.querySelector('.retry')).toBeNull();
    expect(root.querySelector('.bl')?.classList.contains('ended')).toBe(true);
    expect(root.querySelector('[data-bounce-lens="you-do"]')?.textContent).toContain('If no failure notice followed, the message was delivered.');
    expect(root.textContent).not.toContain("Don't send it again");
    // The explanation of the cause stays for the admin.
    expect(root.textContent).toContain('The receiving server asked to slow down');
    // Browser tests still read the analyzer's verdict from the host.
    expect(handle.host.getAttribute('data-verdict')).toBe('wait');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears its timer when the panel is unmounted mid-window', () => {
    vi.useFakeTimers({ now: NOW });
    const d = diagnosis({
      recipients: [recipient({ retryUntil: { until: UNTIL, hours: 46, source: 'will-retry-until', note: '' } })],
    });
    const { handle } = mount(d, { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(1);
    handle.unmount();
    handles = handles.filter((h) => h !== handle);
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(handle.host.isConnected).toBe(false);
  });

  it('shows no retry line for a permanent failure', () => {
    vi.useFakeTimers({ now: NOW });
    const d = diagnosis({
      kind: 'failure',
      recipients: [recipient({ action: 'failed', verdict: 'act', actor: 'sender', retryUntil: { until: UNTIL, hours: 46, source: 'reporter-default', note: '' } })],
    });
    const { root } = mount(d);
    expect(root.querySelector('.retry')).toBeNull();
    expect(root.textContent).not.toContain('keeps trying until');
  });

  it('formats the time left at each scale', () => {
    expect(formatLeft(25 * 60_000)).toBe('25 min');
    expect(formatLeft(46 * 3600_000 + 20 * 60_000)).toBe('46 h');
    expect(formatLeft(45 * 3600_000 + 40 * 60_000)).toBe('46 h');
    expect(formatLeft((4 * 24 + 6) * 3600_000)).toBe('4 d 6 h');
    expect(formatLeft(-5)).toBe('0 min');
  });

  it('adds the date when the end is more than six days away', () => {
    const s = formatUntil(new Date('2025-03-20T09:30:00Z'), new Date(NOW), { locale: 'en-GB', timeZone: 'UTC' });
    expect(s).toContain('20');
    expect(s).toContain('Mar');
    expect(s).toContain('09:30');
  });

  it('falls back to a duration when no end time is known', () => {
    expect(retryText({ until: null, hours: 120, source: 'reporter-default', note: 'Postfix default: 5 days' }, NOW)).toBe('Your mail server keeps trying for about 120 h.');
    expect(retryText(null, NOW)).toBeNull();
  });
});

describe('theme', () => {
  it('parses computed colours', () => {
    expect(parseColor('rgb(32, 33, 36)')).toEqual([32, 33, 36, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('follows the nearest painted background', () => {
    const dark = document.createElement('div');
    dark.style.backgroundColor = 'rgb(32, 33, 36)';
    const inner = document.createElement('div');
    dark.append(inner);
    document.body.append(dark);
    expect(detectTheme(inner)).toBe('dark');
    dark.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(detectTheme(inner)).toBe('light');
  });
});
