// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { mountPanel, type PanelHandle } from '../../../src/ui/mount';
import { formatLeft, formatUntil, retryText } from '../../../src/ui/format';
import { detectTheme, parseColor } from '../../../src/ui/theme';
import { diagnosis, recipient, scriptClick, useRealMessages, userClick } from './helpers';
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

describe('panel rendering', () => {
  it('shows hostile mail text literally and creates no element from it', () => {
    const d = diagnosis({
      reporterName: `Evil ${HOSTILE_IMG}`,
      recipients: [recipient({ address: `x${HOSTILE_IMG}@example.com`, diagnostic: `550 ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`, remoteMta: HOSTILE_SCRIPT })],
      advice: { headline: `Act ${HOSTILE_SCRIPT}`, explanation: HOSTILE_IMG, steps: [HOSTILE_SCRIPT], dnsExamples: [HOSTILE_IMG] },
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
    expect(root.querySelector('details pre')?.textContent).toBe(`550 ${HOSTILE_IMG} ${HOSTILE_SCRIPT}`);
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

  it('is a labelled region with the wait headline, codes and reporter', () => {
    const { root } = mount(diagnosis());
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Bounce Lens');
    expect(root.querySelector('.headline')?.textContent).toBe('Wait — the sending server will retry');
    expect(root.querySelector('.meta')?.textContent).toBe('450 4.2.1 · reported by Gmail');
    expect(Array.from(root.querySelectorAll('ol li'), (li) => li.textContent)).toEqual([
      'Do nothing for now.',
      'If it still fails in two days, contact the recipient.',
    ]);
  });

  it('names who must act, prefers the advice headline, and lists DNS examples as code', () => {
    const act1 = diagnosis({
      recipients: [recipient({ verdict: 'act', actor: 'recipient-admin', status: '5.7.1', reply: 550 })],
      advice: { headline: '', explanation: 'x', steps: [], dnsExamples: ['example.com. TXT "v=spf1 mx -all"'] },
    });
    const { root, handle } = mount(act1);
    expect(root.querySelector('.headline')?.textContent).toBe("Action needed — the recipient's e-mail admin");
    expect(handle.host.getAttribute('data-verdict')).toBe('act');
    expect(root.querySelector('pre code')?.textContent).toBe('example.com. TXT "v=spf1 mx -all"');
    const { root: root2 } = mount({ ...act1, advice: { ...act1.advice!, headline: 'Your domain fails SPF' } });
    expect(root2.querySelector('.headline')?.textContent).toBe('Your domain fails SPF');
  });

  it('lists several recipients, each with its own codes and verdict', () => {
    const d = diagnosis({
      recipients: [
        recipient({ address: 'a@example.com' }),
        recipient({ address: 'b@example.net', reply: 550, status: '5.1.1', verdict: 'act', actor: 'sender' }),
        recipient({ address: null, reply: null, status: '5.2.2', verdict: 'act', actor: 'recipient' }),
      ],
    });
    const { root } = mount(d);
    const items = Array.from(root.querySelectorAll('.rcpts li'), (li) => li.textContent);
    expect(items).toEqual([
      'a@example.com450 4.2.1Wait',
      'b@example.net550 5.1.1Act: you (the sender)',
      '(address not shown)5.2.2Act: the recipient',
    ]);
    expect(root.textContent).toContain('Recipients (3)');
  });

  it('lists at most 50 recipients of a huge notice and says how many more there are', () => {
    const many = Array.from({ length: 120 }, (_, i) => recipient({ address: `user${i}@example.com` }));
    const { root } = mount(diagnosis({ recipients: many }));
    expect(root.querySelectorAll('.rcpts li')).toHaveLength(50);
    expect(root.textContent).toContain('Recipients (120)');
    expect(root.querySelector('.more')?.textContent).toContain('70 more');
    expect(root.querySelectorAll('details hr.sep')).toHaveLength(49);
  });

  it('shows the first recipient\'s codes and verdict beside the advice, not another recipient\'s', () => {
    const d = diagnosis({
      kind: 'failure',
      recipients: [
        recipient({ address: 'first@example.com', action: 'failed', reply: 550, status: '5.1.1', verdict: 'act', actor: 'sender' }),
        recipient({ address: 'second@example.net', action: 'delayed', reply: 451, status: '4.7.1', verdict: 'wait', actor: 'nobody' }),
      ],
      advice: { headline: '', explanation: 'The address does not exist.', steps: ['Check the address.'], dnsExamples: [] },
    });
    const { root, handle } = mount(d);
    expect(root.querySelector('.meta code')?.textContent).toBe('550 5.1.1');
    expect(root.querySelector('.chip.main')?.textContent).toBe('Act');
    expect(root.querySelector('.headline')?.textContent).toBe('Action needed — you (the sender)');
    expect(root.querySelector('.bl')?.classList.contains('act')).toBe(true);
    expect(handle.host.getAttribute('data-status')).toBe('5.1.1');
    expect(root.querySelector('.retry')).toBeNull();
    const head = root.querySelector('.head')!.textContent ?? '';
    expect(head).not.toContain('4.7.1');
    expect(head).not.toContain('Wait');
  });

  it('keeps a margin from the card edges when asked to (Outlook)', () => {
    const { handle } = mount(diagnosis(), { inset: true });
    const style = handle.host.getAttribute('style') ?? '';
    expect(style).toMatch(/margin: 8px 12px 4px !important/);
    const { handle: flush } = mount(diagnosis());
    expect(flush.host.getAttribute('style')).toContain('margin: 0 0 12px !important');
  });

  it('has accessible controls: labelled region, toggle tied to the body, visible focus styles', () => {
    const { root } = mount(diagnosis());
    expect(root.querySelector('section')?.getAttribute('role')).toBe('region');
    const toggle = root.querySelector('button[aria-expanded]')!;
    expect(root.getElementById(toggle.getAttribute('aria-controls')!)).not.toBeNull();
    for (const b of Array.from(root.querySelectorAll('button'))) {
      expect(b.getAttribute('type')).toBe('button');
      expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
    }
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/button:focus-visible[^{]*\{[^}]*outline: 2px solid/);
    expect(css).toMatch(/summary:focus-visible/);
  });

  it('keeps the server words in collapsible technical details', () => {
    const { root } = mount(diagnosis());
    const details = root.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details.textContent).toContain('receiving mail too quickly');
    expect(details.textContent).toContain('mx.example.com');
  });

  it('collapses with a real button, reports it, and expands again', () => {
    const changes: boolean[] = [];
    const { root } = mount(diagnosis(), { onCollapsedChange: (c) => changes.push(c) });
    const btn = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const body = root.getElementById(btn.getAttribute('aria-controls')!)!;
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    act(() => userClick(btn));
    expect(btn.getAttribute('aria-expanded')).toBe('false');
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
    const btn = root.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Lens for this message"]')!;
    btn.dispatchEvent(new KeyboardEvent('keydown', { key: '#', bubbles: true, composed: true }));
    act(() => userClick(btn));
    expect(dismissed).toBe(1);
    expect(seen).toEqual([]);
  });
});

describe('panel hardening', () => {
  it('ignores clicks a page script makes (untrusted events) and acts on the user\'s', () => {
    let dismissed = 0;
    const changes: boolean[] = [];
    const { root } = mount(diagnosis(), { onDismiss: () => dismissed++, onCollapsedChange: (c) => changes.push(c) });
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    const dismiss = root.querySelector<HTMLButtonElement>('button[aria-label^="Dismiss"]')!;
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
    expect(root.querySelector('details pre')?.textContent).toBe('550 5.1.1 U+2067evilU+2069 user U+202EunknownU+202C U+001B]0;titleU+0007 U+009B31m');
    // Each value sits in its own <bdi>: its direction cannot reach the text around it.
    expect(root.querySelector('details pre > bdi')).not.toBeNull();
    expect(root.querySelector('.rcpts .addr > bdi')?.textContent).toBe('invoiceU+202Efdp.exe@example.com');
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
    const before = root.querySelector('.retry')?.textContent;
    expect(before).toMatch(/46 h left/);
    handle.freeze();
    expect(handle.host.hasAttribute('data-frozen')).toBe(true);
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(root.querySelector('.headline')?.textContent).toBeTruthy();
    // The extension's strings are gone now: a redraw would show message keys. None happens.
    const keys = vi.fn((key: string) => key);
    const { setMessageSource } = i18n;
    setMessageSource(keys);
    vi.advanceTimersByTime(3 * 3600_000);
    expect(root.querySelector('.retry')?.textContent).toBe(before);
    expect(keys).not.toHaveBeenCalled();
  });
});

describe('retry countdown', () => {
  const NOW = Date.parse('2025-03-06T16:00:00Z'); // a Thursday
  const UNTIL = '2025-03-08T14:00:00Z'; // Saturday, 46 h later

  it('counts down live and stops its timer on unmount', () => {
    vi.useFakeTimers({ now: NOW });
    const d = diagnosis({
      recipients: [recipient({ retryUntil: { until: UNTIL, hours: 46, source: 'notice-text', note: 'Gmail will retry for 46 more hours' } })],
    });
    const { root, handle } = mount(d, { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    expect(root.querySelector('.retry')?.textContent).toBe('Retrying until Sat 14:00 — 46 h left');
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    act(() => {
      vi.advanceTimersByTime(2 * 3600_000);
    });
    expect(root.querySelector('.retry')?.textContent).toBe('Retrying until Sat 14:00 — 44 h left');
    act(() => {
      vi.advanceTimersByTime(44 * 3600_000);
    });
    expect(root.querySelector('.retry')?.textContent).toBe(
      'The retry window ended on Sat 8 Mar 14:00. If no failure notice followed, the message was delivered.',
    );
    // No longer "Wait": the chip and headline say the retries are over.
    expect(root.querySelector('.chip.main')?.textContent).toBe('Retries over');
    // Nothing changes after the end, so no timer keeps running.
    vi.advanceTimersByTime(1000);
    expect(vi.getTimerCount()).toBe(0);
    expect(handle.host.isConnected).toBe(true);
  });

  it('does not show an older delay notice as still waiting', () => {
    vi.useFakeTimers({ now: Date.parse('2025-03-12T09:00:00Z') });
    const d = diagnosis({
      recipients: [recipient({ retryUntil: { until: UNTIL, hours: 46, source: 'notice-text', note: 'Gmail will retry for 46 more hours' } })],
    });
    const { root, handle } = mount(d, { clock: { locale: 'en-GB', timeZone: 'UTC' } });
    expect(root.querySelector('.chip.main')?.textContent).toBe('Retries over');
    expect(root.querySelector('.headline')?.textContent).toBe('Older delay notice — the retries are over');
    expect(root.querySelector('.retry')?.textContent).toBe(
      'The retry window ended on Sat 8 Mar 14:00. If no failure notice followed, the message was delivered.',
    );
    expect(root.querySelector('.bl')?.classList.contains('ended')).toBe(true);
    expect(root.textContent).not.toContain('Wait');
    expect(root.textContent).not.toContain("Don't send the message again");
    // The outdated "do nothing for now" steps are gone; the explanation of the cause stays.
    expect(root.querySelector('ol')).toBeNull();
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
    expect(root.textContent).not.toContain('Retrying');
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
    expect(retryText({ until: null, hours: 120, source: 'reporter-default', note: 'Postfix default: 5 days' }, NOW)).toBe(
      'The sending server keeps retrying for about 120 h',
    );
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
