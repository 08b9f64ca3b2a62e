// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { REPO_ROOT } from '../../shared-corpus';
import { Popup } from '../../../src/popup/PopupPage';
import { analyzeFileBytes, analyzePasted, looksBinary, MAX_INPUT_BYTES } from '../../../src/popup/input';
import { HISTORY_KEY, HISTORY_OFF_KEY } from '../../../src/history/store';
import type { HistoryEntry } from '../../../src/history/history';
import { FakeArea, useRealMessages, userClick } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REPO_ROOT, 'test/fixtures', name)));
const enc = (s: string) => new TextEncoder().encode(s);

const RENDERED_BOUNCE = `This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kim@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1
    <kim@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`;
const ORDINARY = 'Hi Kim,\n\nlunch on Friday? The 550 bus stops right outside.\n\nAlex';
const DAY = 24 * 3600_000;

function entry(id: string, seen: number, address: string, status = '4.2.1', reply = 450): HistoryEntry {
  const delayed = status.startsWith('4.');
  return {
    id, seen, at: seen, site: 'mail.google.com', kind: delayed ? 'delay' : 'failure', reporter: 'postfix', more: 0,
    recipients: [{ address, action: delayed ? 'delayed' : 'failed', reply, status, reason: delayed ? 'speeding' : 'userunknown', evidence: 'words', cause: delayed ? 'recipient-rate-limit' : 'user-unknown', verdict: delayed ? 'wait' : 'act', actor: delayed ? 'nobody' : 'sender' }],
  };
}

describe('popup input checks', () => {
  it('pasted text: empty, too big, binary, or analyzed with automatic raw/rendered detection', () => {
    expect(analyzePasted('  \n\t ')).toEqual({ ok: false, problem: 'empty' });
    expect(analyzePasted('x'.repeat(MAX_INPUT_BYTES + 1))).toEqual({ ok: false, problem: 'too-big' });
    // Under 5 M characters but over 5 MB once encoded.
    expect(analyzePasted('é'.repeat(MAX_INPUT_BYTES / 2 + 1))).toEqual({ ok: false, problem: 'too-big' });
    expect(analyzePasted('PK\u0003\u0004\u0000\u0000binary')).toEqual({ ok: false, problem: 'binary' });
    const rendered = analyzePasted(RENDERED_BOUNCE);
    expect(rendered.ok && rendered.value).toMatchObject({ bounce: true, input: 'rendered', recipients: [{ status: '5.1.1', reply: 550 }] });
    const source = analyzePasted(new TextDecoder().decode(fixture('bounces/postfix-user-unknown.eml')));
    expect(source.ok && source.value).toMatchObject({ bounce: true, input: 'raw' });
    const ordinary = analyzePasted(ORDINARY);
    expect(ordinary.ok && ordinary.value.bounce).toBe(false);
  });

  it('files: read as raw messages whatever their line endings and charsets, refused when empty or binary', () => {
    const crlf = analyzeFileBytes(fixture('bounces/postfix-user-unknown.eml'));
    expect(crlf.ok && crlf.value).toMatchObject({ bounce: true, input: 'raw' });
    const koi8 = analyzeFileBytes(fixture('bounces/yandex-ru-koi8r.eml'));
    expect(koi8.ok && koi8.value.bounce).toBe(true);
    const cr = analyzeFileBytes(fixture('bounces/qmail-no-mailbox-cr.eml'));
    expect(cr.ok && cr.value.bounce).toBe(true);
    const iso2022 = analyzeFileBytes(fixture('bounces/postfix-ja-iso2022jp.eml'));
    expect(iso2022.ok && iso2022.value.bounce).toBe(true);
    expect(analyzeFileBytes(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(analyzeFileBytes(enc('\r\n  \n'))).toEqual({ ok: false, problem: 'empty' });
    expect(analyzeFileBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).toEqual({ ok: false, problem: 'binary' });
    expect(analyzeFileBytes(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65))).toEqual({ ok: false, problem: 'too-big' });
  });

  it('a UTF-16 text file (with its byte-order mark) is text, not binary', () => {
    const text = RENDERED_BOUNCE;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const got = analyzeFileBytes(bytes);
    expect(got.ok && got.value.recipients[0]?.status).toBe('5.1.1');
  });

  it('binary detection: NULs, signatures and control characters; ESC (ISO-2022-JP) is text', () => {
    expect(looksBinary(enc('Hello\u0000'))).toBe(true);
    expect(looksBinary(enc('%PDF-1.7 ...'))).toBe(true);
    expect(looksBinary(enc(`a${'\u0001'.repeat(5)}${'b'.repeat(100)}`))).toBe(true);
    expect(looksBinary(enc('Subject: x\r\n\r\n\u001b$B$3$s$K$A$O\u001b(B\r\n'))).toBe(false);
  });
});

describe('popup page', () => {
  let app: HTMLElement;
  beforeEach(() => {
    useRealMessages();
    document.body.innerHTML = '<div id="app"></div>';
    app = document.getElementById('app')!;
  });
  afterEach(() => {
    render(null, app);
  });

  const q = <T extends Element>(sel: string) => app.querySelector<T>(sel);
  const setText = (value: string, inputType = 'insertText') => {
    const ta = q<HTMLTextAreaElement>('textarea[data-bounce-lens="paste-input"]')!;
    ta.value = value;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
  };
  const chooseFile = (file: File) => {
    const input = q<HTMLInputElement>('input[type="file"][data-bounce-lens="file-input"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  it('has labelled controls: the text area, the Explain button and the file chooser', async () => {
    render(<Popup area={new FakeArea()} />, app);
    const ta = q<HTMLTextAreaElement>('textarea[data-bounce-lens="paste-input"]')!;
    expect(app.querySelector(`label[for="${ta.id}"]`)?.textContent).toContain('Paste a bounce notice');
    expect(q('[data-bounce-lens="analyze"]')?.textContent).toBe('Explain');
    expect(q('input[type="file"]')!.closest('label')?.textContent).toContain('.eml or .txt');
    expect(q('input[type="file"]')!.getAttribute('accept')).toContain('.eml');
    await vi.waitFor(() => expect(q('[data-bounce-lens="history-empty"]')).not.toBeNull());
  });

  it('explains a pasted notice with the panel, says "not a bounce" for ordinary mail, and never answers blank', async () => {
    render(<Popup area={new FakeArea()} />, app);
    q<HTMLButtonElement>('[data-bounce-lens="analyze"]')!.click();
    await vi.waitFor(() => expect(q('[data-bounce-lens="error"]')?.textContent).toBe('Nothing to explain yet: paste a notice or choose a file.'));
    expect(q('[data-bounce-lens="error"]')!.getAttribute('role')).toBe('alert');

    // A paste answers at once, without the button.
    setText(RENDERED_BOUNCE, 'insertFromPaste');
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).not.toBeNull());
    const host = q<HTMLElement>('[data-bounce-lens="panel"]')!;
    expect([host.dataset.status, host.dataset.reply, host.dataset.verdict]).toEqual(['5.1.1', '550', 'act']);
    expect(host.shadowRoot!.querySelector('[data-bounce-lens="copy-summary"]')).not.toBeNull();
    expect(q('[data-bounce-lens="error"]')).toBeNull();
    expect(q('.result [role="status"]')?.textContent).toContain("doesn't exist — check the address, then send again");

    setText(ORDINARY);
    // Typing waits for the button.
    expect(q('[data-bounce-lens="panel"]')).not.toBeNull();
    q<HTMLButtonElement>('[data-bounce-lens="analyze"]')!.click();
    await vi.waitFor(() => expect(q('[data-bounce-lens="not-a-bounce"]')?.textContent).toContain('Not a bounce'));
    expect(q('[data-bounce-lens="panel"]')).toBeNull();
    // Pasted text alone: the answer says what would tell more.
    expect(q('[data-bounce-lens="not-a-bounce"]')?.textContent).toContain('paste it with its Subject line');
  });

  it('Ctrl+Enter in the text area explains it too', async () => {
    render(<Popup area={new FakeArea()} />, app);
    setText(RENDERED_BOUNCE);
    q('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).not.toBeNull());
  });

  it('reads a chosen file as a raw message, and names the file in its errors', async () => {
    render(<Popup area={new FakeArea()} />, app);
    chooseFile(new File([fixture('bounces/exim-delay-24h.eml')], 'exim-delay.eml', { type: 'message/rfc822' }));
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).not.toBeNull());
    expect(q<HTMLElement>('[data-bounce-lens="panel"]')!.dataset.verdict).toBe('wait');

    chooseFile(new File([new Uint8Array(MAX_INPUT_BYTES + 1)], 'huge.eml'));
    await vi.waitFor(() => expect(q('[data-bounce-lens="error"]')?.textContent).toBe('huge.eml is larger than 5 MB. A bounce notice is much smaller: save just the notice (its source) and try again.'));
    chooseFile(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], 'photo.jpg'));
    await vi.waitFor(() => expect(q('[data-bounce-lens="error"]')?.textContent).toContain('photo.jpg is not a text file'));
    chooseFile(new File([], 'empty.txt'));
    await vi.waitFor(() => expect(q('[data-bounce-lens="error"]')?.textContent).toBe('empty.txt is empty.'));
    chooseFile(new File([fixture('ordinary/mailing-list-quotes-550.eml')], 'list.eml'));
    await vi.waitFor(() => expect(q('[data-bounce-lens="not-a-bounce"]')).not.toBeNull());
    expect(q('[data-bounce-lens="not-a-bounce"]')?.textContent).not.toContain('Subject line');
  });

  it('lists recent bounces newest first, filters them, and opens one to its panel with the repeat note', async () => {
    const now = Date.now();
    const area = new FakeArea();
    area.data.set(HISTORY_KEY, [
      entry('old', now - 3 * DAY, 'lee@example.net'),
      entry('mid', now - 2 * DAY, 'kim@example.org', '5.1.1', 550),
      entry('new', now - DAY, 'lee@example.net'),
    ]);
    render(<Popup area={area} />, app);
    await vi.waitFor(() => expect(app.querySelectorAll('[data-bounce-lens="history-item"]')).toHaveLength(3));
    const ids = () => Array.from(app.querySelectorAll<HTMLElement>('[data-bounce-lens="history-item"]'), (b) => b.dataset.historyId);
    expect(ids()).toEqual(['new', 'mid', 'old']);
    const first = q('[data-bounce-lens="history-item"]')!;
    expect(first.tagName).toBe('BUTTON');
    expect(first.textContent).toContain('lee@example.net');
    expect(first.textContent).toContain('450 4.2.1');
    expect(first.textContent).toContain('mail.google.com');

    const filter = q<HTMLInputElement>('[data-bounce-lens="history-filter"]')!;
    expect(filter.getAttribute('aria-label')).toContain('Filter');
    filter.value = 'example.org';
    filter.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(ids()).toEqual(['mid']));
    expect(q('.count')?.textContent).toBe('1 of 3');
    filter.value = 'net';
    filter.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(ids()).toEqual(['new', 'old']));

    q<HTMLButtonElement>('[data-history-id="new"]')!.click();
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).not.toBeNull());
    const root = q<HTMLElement>('[data-bounce-lens="panel"]')!.shadowRoot!;
    expect(q<HTMLElement>('[data-bounce-lens="panel"]')!.dataset.status).toBe('4.2.1');
    expect(root.querySelector('[data-bounce-lens="repeat-note"]')?.textContent).toMatch(/^2nd delay from example\.net since \w+\./);
    // Reopened from the list: the reason without the words that decided it (they were not kept).
    const reasonRow = Array.from(root.querySelectorAll('dt')).find((dt) => dt.textContent === 'Reason')?.nextElementSibling;
    expect(reasonRow?.textContent).toBe('speeding');
    // Dismissing the panel in the popup clears the answer.
    userClick(root.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')!);
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).toBeNull());
  });

  it('a pasted delay is compared with the history (repeat note) but not added to it', async () => {
    const area = new FakeArea();
    area.data.set(HISTORY_KEY, [entry('mon', Date.now() - 2 * DAY, 'kim@example.net')]);
    render(<Popup area={area} />, app);
    await vi.waitFor(() => expect(app.querySelectorAll('[data-bounce-lens="history-item"]')).toHaveLength(1));
    setText(new TextDecoder().decode(fixture('bounces/postfix-delay-yandex-rate-limit.eml')), 'insertFromPaste');
    await vi.waitFor(() => expect(q('[data-bounce-lens="panel"]')).not.toBeNull());
    const host = q<HTMLElement>('[data-bounce-lens="panel"]')!;
    expect(host.dataset.verdict).toBe('wait');
    expect(host.shadowRoot!.querySelector('[data-bounce-lens="repeat-note"]')?.textContent).toMatch(/^2nd delay from example\.net/);
    expect((area.data.get(HISTORY_KEY) as HistoryEntry[]).length).toBe(1);
  });

  it('says when history is off, or empty', async () => {
    const area = new FakeArea();
    area.data.set(HISTORY_OFF_KEY, true);
    render(<Popup area={area} />, app);
    await vi.waitFor(() => expect(q('[data-bounce-lens="history-off"]')?.textContent).toBe('History is switched off in the settings.'));
    expect(q('[data-bounce-lens="history-item"]')).toBeNull();
  });
});
