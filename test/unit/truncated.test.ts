// Diagnosis.truncated: a notice that goes on past what the analyzer reads says so (src/core/limits.ts).
import { describe, expect, it } from 'vitest';
import { analyze, analyzeRendered } from '../../src/core/index';
import { MAX_NOTICE_TEXT } from '../../src/core/limits';

const SUBJECT = 'Undelivered Mail Returned to Sender';
const FROM = 'MAILER-DAEMON@mail.example.com';

function postfixNotice(count: number): string {
  const lines = ['This is the mail system at host mail.example.com.', '', "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', ''];
  for (let i = 0; i < count; i++) {
    lines.push(`<user${i}@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <user${i}@example.net>: Recipient address rejected: User unknown`, '');
  }
  return lines.join('\n');
}

function dsnReport(count: number): string {
  let dsn = 'Reporting-MTA: dns; mail.example.com\n\n';
  for (let i = 0; i < count; i++) dsn += `Final-Recipient: rfc822; user${i}@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n`;
  return [
    `From: ${FROM}`, 'To: sender@example.com', `Subject: ${SUBJECT}`, 'Date: Tue, 3 Mar 2026 10:00:00 +0000', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
    'The mail system could not deliver your message.', '', '--b', 'Content-Type: message/delivery-status', '', dsn, '--b--', '',
  ].join('\n');
}

describe('Diagnosis.truncated', () => {
  it('is set when a rendered notice lists more recipients than the text the analyzer reads', () => {
    const text = postfixNotice(10_000);
    expect(text.length).toBeGreaterThan(MAX_NOTICE_TEXT);
    const d = analyzeRendered({ text, subject: SUBJECT, from: FROM });
    expect(d.bounce).toBe(true);
    expect(d.recipients.length).toBeGreaterThan(1000);
    expect(d.recipients.length).toBeLessThan(10_000);
    expect(d.truncated).toBe(true);
  });

  it('is set for the same notice read as a raw message', () => {
    const raw = `From: ${FROM}\nTo: sender@example.com\nSubject: ${SUBJECT}\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n${postfixNotice(10_000)}`;
    const d = analyze(raw);
    expect(d.input).toBe('raw');
    expect(d.truncated).toBe(true);
  });

  it('is absent when the whole list was read', () => {
    const d = analyzeRendered({ text: postfixNotice(1000), subject: SUBJECT, from: FROM });
    expect(d.recipients).toHaveLength(1000);
    expect(d.truncated).toBeUndefined();
  });

  it('is absent when only the returned original goes on past the limit', () => {
    const text = `${postfixNotice(3)}\n----- Original message -----\n\nReceived: from client.example.com\nFrom: sender@example.com\nSubject: hello\n\n${'The quarterly figures are attached. '.repeat(10_000)}`;
    expect(text.length).toBeGreaterThan(MAX_NOTICE_TEXT);
    const d = analyzeRendered({ text, subject: SUBJECT, from: FROM });
    expect(d.recipients).toHaveLength(3);
    expect(d.truncated).toBeUndefined();
  });

  it('is set when the caller says it handed in only the beginning of the body', () => {
    const d = analyzeRendered({ text: postfixNotice(3), subject: SUBJECT, from: FROM, truncated: true });
    expect(d.recipients).toHaveLength(3);
    expect(d.truncated).toBe(true);
    // ...but not when the notice ended before the cut.
    const ended = analyzeRendered({ text: `${postfixNotice(3)}\n----- Original message -----\n\nFrom: sender@example.com\nSubject: hi\n\nHello`, subject: SUBJECT, from: FROM, truncated: true });
    expect(ended.truncated).toBeUndefined();
  });

  it('is set when a delivery-status part holds more recipient blocks than are read', () => {
    const d = analyze(dsnReport(25_000));
    expect(d.recipients.length).toBeLessThan(25_000);
    expect(d.truncated).toBe(true);
    const whole = analyze(dsnReport(300));
    expect(whole.recipients).toHaveLength(300);
    expect(whole.truncated).toBeUndefined();
  });

  it('does not carry over from one analysis to the next', () => {
    expect(analyzeRendered({ text: postfixNotice(10_000), subject: SUBJECT, from: FROM }).truncated).toBe(true);
    expect(analyzeRendered({ text: postfixNotice(2), subject: SUBJECT, from: FROM }).truncated).toBeUndefined();
  });
});
