// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../src/content/gmail';
import { outlookAdapter } from '../../../src/content/outlook';
import { genericAdapter } from '../../../src/content/generic';
import { hashText, visibleText } from '../../../src/content/dom';
import { siteFor } from '../../../src/content/sites';
import { GMAIL_ORDINARY, GMAIL_RENAMED, GMAIL_THREAD, OWA_DE, OWA_EN, OWA_POPOUT, OWA_RENAMED, OWA_SUBJECT_OUTSIDE } from './fixtures';

function load(html: string): void {
  document.body.innerHTML = html;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('gmail adapter', () => {
  it('finds each expanded message of a thread and skips the collapsed one and the list rows', () => {
    load(GMAIL_THREAD);
    const found = gmailAdapter.find(document);
    expect(found.map((m) => m.key)).toEqual(['gmail:18c0a01', 'gmail:18c0a03']);
    const [first, second] = found;
    expect(first!.body.classList.contains('gt')).toBe(true);
    expect(first!.describe().subject).toBe('Delivery Status Notification (Delay)');
    expect(first!.describe().from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(first!.describe().date).toBe('Thu, 6 Mar 2025, 10:15');
    expect(visibleText(first!.body)).toContain('450 4.2.1');
    expect(visibleText(second!.body)).toContain('550 5.1.1');
    // The panel goes directly above the body, inside the same parent.
    expect(first!.mount.before).toBe(first!.body);
    expect(first!.mount.parent).toBe(first!.body.parentNode);
  });

  it('falls back to a legacy-less data-message-id key', () => {
    load(GMAIL_THREAD.replace('data-legacy-message-id="18c0a01"', ''));
    expect(gmailAdapter.find(document)[0]!.key).toBe('gmail:msg-f:1001');
  });

  it('finds a message whose body classes were renamed, by its words, without swallowing the header', () => {
    load(GMAIL_RENAMED);
    const found = gmailAdapter.find(document);
    expect(found).toHaveLength(1);
    const text = visibleText(found[0]!.body);
    expect(text).toContain('Address not found');
    expect(text).toContain('550 5.1.1');
    expect(text).not.toContain('Mail Delivery Subsystem');
    expect(found[0]!.describe().from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
  });

  it('is not blinded by a collapsed-state class on an unrelated outer wrapper', () => {
    load(`<div class="kv">${GMAIL_THREAD}</div>`);
    expect(gmailAdapter.find(document)).toHaveLength(2);
  });

  it('finds nothing to do on a page without an opened conversation', () => {
    load('<div role="main"><table role="grid"><tr role="row"><td>Delivery Status Notification (Failure)</td></tr></table></div>');
    expect(gmailAdapter.find(document)).toEqual([]);
  });
});

describe('outlook adapter', () => {
  it('reads an English reading pane with two messages in the conversation', () => {
    load(OWA_EN);
    const found = outlookAdapter.find(document);
    expect(found).toHaveLength(2);
    const [ndr, reply] = found;
    expect(ndr!.body.id).toBe('UniqueMessageBody_1');
    expect(ndr!.describe().subject).toBe('Undeliverable: Quarterly report');
    expect(ndr!.describe().from).toBe('Microsoft Outlook <postmaster@example.com>');
    expect(visibleText(ndr!.body)).toContain("Remote Server returned '550 5.1.1");
    // Above the role=document wrapper, so the panel is not inside the area OWA re-renders.
    expect((ndr!.mount.before as Element).getAttribute('role')).toBe('document');
    expect(reply!.describe().from).toBe('Erin <erin@example.com>');
    expect(ndr!.key).toBeNull();
  });

  it('reads a German reading pane (translated aria-labels, id and role on one element)', () => {
    load(OWA_DE);
    const found = outlookAdapter.find(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.body.id).toBe('UniqueMessageBody_3');
    expect(found[0]!.describe().from).toBe('Microsoft Outlook <postmaster@example.com>');
    expect(found[0]!.describe().subject).toBe('Unzustellbar: Quartalsbericht');
    expect(visibleText(found[0]!.body)).toContain('Diagnoseinformationen für Administratoren');
  });

  it('ignores a reply being composed that quotes the notice', () => {
    load(OWA_EN.replace('Here is the report again.', '<div role="textbox" contenteditable="true">Quoted: Delivery has failed to these recipients or groups:</div>'));
    expect(outlookAdapter.find(document).map((m) => m.body.id)).toEqual(['UniqueMessageBody_1']);
  });

  it('ignores the message list even though its snippet quotes the notice', () => {
    load(OWA_EN);
    for (const m of outlookAdapter.find(document)) expect(m.body.closest('[role="listbox"]')).toBeNull();
  });
});

describe('text fallback', () => {
  it('locates a notice by its words when Outlook ids and roles are gone', () => {
    load(OWA_RENAMED);
    expect(outlookAdapter.find(document)).toEqual([]);
    const found = genericAdapter.find(document);
    expect(found).toHaveLength(1);
    const body = found[0]!.body;
    expect(body.closest('[role="listbox"]')).toBeNull();
    expect(body.closest('[role="main"]')).not.toBeNull();
    expect(visibleText(body)).toContain("Remote Server returned '550 5.1.1");
    expect(visibleText(body)).not.toContain('postmaster@example.com');
    expect(found[0]!.describe().from).toBe('postmaster@example.com');
    expect(found[0]!.describe().subject).toBe('Undeliverable: Quarterly report');
  });

  it('stays silent on ordinary mail', () => {
    load(GMAIL_ORDINARY);
    expect(genericAdapter.find(document)).toEqual([]);
  });
});

describe('site mapping', () => {
  it('maps every host in the manifest to an adapter and nothing else', () => {
    expect(siteFor('mail.google.com')?.site).toBe('gmail');
    for (const h of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(siteFor(h)?.site).toBe('outlook');
    }
    expect(siteFor('outlook.evil.example.com')).toBeNull();
    expect(siteFor('example.com')).toBeNull();
  });
});

describe('outlook subject', () => {
  it('finds the subject above the conversation container, up to the reading pane', () => {
    load(OWA_SUBJECT_OUTSIDE);
    const found = outlookAdapter.find(document);
    expect(found).toHaveLength(2);
    expect(found[0]!.describe()).toMatchObject({ subject: 'Undeliverable: Quarterly report', from: 'Microsoft Outlook <postmaster@example.com>' });
    // A heading inside another message's body is not the conversation's subject.
    expect(found[1]!.describe().subject).toBe('Undeliverable: Quarterly report');
  });

  it('falls back to a heading when the subject class drifted, never to one inside a body or the list', () => {
    load(OWA_SUBJECT_OUTSIDE.replace(/class="f77rj"/, 'class="zz9"').replace('<div class="full-subject">', '<div class="full-subject" role="heading">'));
    expect(outlookAdapter.find(document)[0]!.describe().subject).toBe('Undeliverable: Quarterly report');
  });

  it('reads the sender address from the title of the labelled "From" element', () => {
    load(OWA_SUBJECT_OUTSIDE.replace('<span aria-label="From: Microsoft Outlook <postmaster@example.com>">', '<span aria-label="From: Microsoft Outlook" title="postmaster@example.com">'));
    expect(outlookAdapter.find(document)[0]!.describe().from).toBe('Microsoft Outlook <postmaster@example.com>');
  });

  it('finds the subject in a popout window without a reading pane', () => {
    load(OWA_POPOUT);
    const found = outlookAdapter.find(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.describe().subject).toBe('Undeliverable: Popped out');
  });
});

describe('hashText (storage keys without a message id)', () => {
  it('is stable, fixed-width and changes with any character', () => {
    const text = 'Delivery has failed to these recipients or groups:\nuser@example.net';
    expect(hashText(text)).toBe(hashText(`${text}`));
    expect(hashText(text)).toMatch(/^[0-9a-z]{14}$/);
    expect(hashText('')).toMatch(/^[0-9a-z]{14}$/);
    for (let i = 0; i < text.length; i++) {
      const changed = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
      expect(hashText(changed)).not.toBe(hashText(text));
    }
  });

  it('keeps 200,000 near-identical texts apart (a 32-bit hash expects about five collisions here)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(hashText(`Undeliverable: invoice ${i}\npostmaster@example.com\nuser${i % 977}@example.net`));
    expect(seen.size).toBe(200_000);
  });
});
