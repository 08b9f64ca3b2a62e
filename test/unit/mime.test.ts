import { describe, expect, it } from 'vitest';
import {
  bytesToBinaryString,
  decodeBase64,
  decodeCharset,
  decodeHeaderValue,
  decodeQuotedPrintable,
  parseContentType,
  parseMessage,
  splitMultipart,
} from '../../src/core/mime';
import { analyze } from '../../src/core/index';

const hex = (text: string): Uint8Array => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));
const ascii = (text: string): Uint8Array => new Uint8Array([...text].map((char) => char.charCodeAt(0)));
const concat = (...chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};

const REPORT = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
  'To: sender@example.org',
  'Subject: Undelivered Mail Returned to Sender',
  'Content-Type: multipart/report; report-type=delivery-status;',
  '\tboundary="B1/mx.example.com"',
  '',
  'This is a MIME-encapsulated message.',
  '',
  '--B1/mx.example.com',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'The mail system',
  '',
  '--B1/mx.example.com',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; user@example.net',
  'Action: failed',
  'Status: 5.1.1',
  '',
  '--B1/mx.example.com',
  'Content-Type: message/rfc822',
  '',
  'From: sender@example.org',
  'To: user@example.net',
  'Subject: hello',
  '',
  'original body that must stay undecoded',
  '--B1/mx.example.com--',
  '',
].join('\n');

describe('parseMessage', () => {
  it('reads headers, unfolds them and splits a multipart/report', () => {
    const root = parseMessage(REPORT);
    expect(root.mediaType).toBe('multipart/report');
    expect(root.contentType.params['boundary']).toBe('B1/mx.example.com');
    expect(root.headers.get('Subject')).toBe('Undelivered Mail Returned to Sender');
    expect(root.parts.map((part) => part.mediaType)).toEqual(['text/plain', 'message/delivery-status', 'message/rfc822']);
    expect(root.parts[1]!.text()).toContain('Final-Recipient: rfc822; user@example.net');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('gives the same structure for %s line endings', (_name, newline) => {
    const root = parseMessage(REPORT.replace(/\n/g, newline));
    expect(root.parts).toHaveLength(3);
    expect(root.parts[1]!.text()).toMatch(/^Reporting-MTA: dns; mx\.example\.com\n\nFinal-Recipient/);
  });

  it('reads only the headers of the returned original', () => {
    const returned = parseMessage(REPORT).parts[2]!;
    const inner = returned.embedded();
    expect(inner?.headers.get('to')).toBe('user@example.net');
    expect(inner?.headers.get('subject')).toBe('hello');
  });

  it('still gives the parts of a multipart returned original when asked for them', () => {
    const original = ['From: a@example.org', 'To: user@example.net', 'Content-Type: multipart/alternative; boundary="ALT"', '', '--ALT', 'Content-Type: text/plain', '', 'plain words', '--ALT', 'Content-Type: text/html', '', '<p>html words</p>', '--ALT--', ''].join('\n');
    const report = ['From: MAILER-DAEMON@mx.example.com', 'Content-Type: multipart/report; report-type=delivery-status; boundary="R"', '', '--R', 'Content-Type: text/plain', '', 'notice', '--R', 'Content-Type: message/rfc822', '', original, '--R--', ''].join('\n');
    const inner = parseMessage(report).parts[1]!.embedded()!;
    expect(inner.headers.get('to')).toBe('user@example.net');
    expect(inner.parts.map((part) => part.mediaType)).toEqual(['text/plain', 'text/html']);
    expect(inner.parts[0]!.text()).toBe('plain words');
    const seen: string[] = [];
    inner.walk((part) => seen.push(part.mediaType));
    expect(seen).toEqual(['multipart/alternative', 'text/plain', 'text/html']);
  });

  it('falls back to the delimiter actually used when the declared boundary is wrong', () => {
    const root = parseMessage(REPORT.replace('boundary="B1/mx.example.com"', 'boundary="WRONG"'));
    expect(root.parts.map((part) => part.mediaType)).toEqual(['text/plain', 'message/delivery-status', 'message/rfc822']);
  });

  it('keeps the last part of a truncated multipart', () => {
    const truncated = REPORT.slice(0, REPORT.indexOf('Status: 5.1.1') + 13);
    const root = parseMessage(truncated);
    expect(root.parts).toHaveLength(2);
    expect(root.parts[1]!.text()).toContain('Status: 5.1.1');
  });

  it('treats a message without a header block as body text', () => {
    const root = parseMessage('just some words\nand more');
    expect(root.mediaType).toBe('text/plain');
    expect(root.text()).toBe('just some words\nand more');
  });
});

describe('transfer encodings and charsets', () => {
  it('decodes quoted-printable with soft line breaks', () => {
    expect(decodeQuotedPrintable('550 5.1.1 The email acc=\nount =3D gone')).toBe('550 5.1.1 The email account = gone');
  });

  it('decodes base64 with whitespace and missing padding', () => {
    expect(decodeBase64('NTUw\nIDUuMS4x')).toBe('550 5.1.1');
    expect(decodeBase64('NTUwIDU')).toBe('550 5');
  });

  it('decodes a QP UTF-8 body part by its charset', () => {
    const message = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', 'Adresse introuvable =E2=80=93 r=C3=A9essayez'].join('\n');
    expect(parseMessage(message).text()).toBe('Adresse introuvable – réessayez');
  });

  it('decodes a base64 body part', () => {
    const message = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', btoa('550 5.2.2 Mailbox full')].join('\n');
    expect(parseMessage(message).text()).toBe('550 5.2.2 Mailbox full');
  });

  it('decodes 8-bit KOI8-R bytes', () => {
    const bytes = concat(ascii('Content-Type: text/plain; charset=koi8-r\n\n'), hex('f3cfcfc2ddc5cec9c520cec520c4cfd3d4c1d7ccc5cecf'));
    expect(parseMessage(bytes).text()).toBe('Сообщение не доставлено');
  });

  it('decodes 7-bit ISO-2022-JP escape sequences', () => {
    const bytes = concat(ascii('Content-Type: text/plain; charset="ISO-2022-JP"\nContent-Transfer-Encoding: 7bit\n\n'), hex('1b244225612543253b213c25382472475b3f2e2447242d245e243b247324472437243f1b2842'));
    expect(parseMessage(bytes).text()).toBe('メッセージを配信できませんでした');
  });

  it('decodes ISO-2022-JP even when the source arrived as a decoded string', () => {
    const text = 'Content-Type: text/plain; charset=iso-2022-jp\n\n' + bytesToBinaryString(hex('1b244225612543253b213c25382472475b3f2e2447242d245e243b247324472437243f1b2842'));
    expect(parseMessage(text).text()).toBe('メッセージを配信できませんでした');
  });

  it('decodes Shift_JIS bytes', () => {
    const bytes = concat(ascii('Content-Type: text/plain; charset=Shift_JIS\n\n'), hex('947a904d82c582ab82dc82b982f182c582b582bd'));
    expect(parseMessage(bytes).text()).toBe('配信できませんでした');
  });

  it('decodes windows-1252 bytes, including the 0x80-0x9F range', () => {
    const bytes = concat(ascii('Content-Type: text/plain; charset=windows-1252\n\n'), hex('c963686563206465206c612072656d69736520962074657374'));
    expect(parseMessage(bytes).text()).toBe('Échec de la remise – test');
  });

  it('keeps a Unicode string source as it is', () => {
    const message = 'Content-Type: text/plain; charset=utf-8\n\nÉchec de la remise – 配信';
    expect(parseMessage(message).text()).toBe('Échec de la remise – 配信');
  });

  it('reads 8-bit text under a vague charset label as UTF-8 when it is valid UTF-8', () => {
    const bytes = concat(ascii('Content-Type: text/plain; charset=us-ascii\n\n'), new TextEncoder().encode('Zustellung fehlgeschlagen für'));
    expect(parseMessage(bytes).text()).toBe('Zustellung fehlgeschlagen für');
  });

  it('falls back instead of throwing on an unknown charset', () => {
    expect(decodeCharset('caf\xe9', 'x-no-such-charset')).toBe('café');
  });
});

describe('headers', () => {
  it('decodes RFC 2047 encoded-words (B and Q, adjacent words joined)', () => {
    expect(decodeHeaderValue('=?UTF-8?B?0JLQsNGI0LUg0YHQvtC+0LHRidC10L3QuNC1INC90LUg0LTQvtGB0YLQsNCy0LvQtdC90L4=?=. Mail failure.')).toBe(
      'Ваше сообщение не доставлено. Mail failure.',
    );
    expect(decodeHeaderValue('=?iso-8859-1?Q?Non_remis=A0:?= =?iso-8859-1?Q?_=E9chec?=')).toBe('Non remis\u00a0: échec');
    expect(decodeHeaderValue('=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=')).toBe('配信エラー');
  });

  it('parses content-type parameters, quoted and RFC 2231', () => {
    const type = parseContentType('multipart/report; report-type="delivery-status"; boundary="a;b"; name*=utf-8\'\'r%C3%A9sum%C3%A9.txt');
    expect(type).toEqual({ mediaType: 'multipart/report', params: { 'report-type': 'delivery-status', boundary: 'a;b', name: 'résumé.txt' } });
  });

  it('joins RFC 2231 continuations in section order, decoding the encoded ones with the first section\'s charset', () => {
    // sections may arrive out of order; only *N* sections are percent-encoded
    const split = parseContentType('text/plain; name*1="ble message"; name*0="Undelivera"; name*2=".eml"');
    expect(split.params['name']).toBe('Undeliverable message.eml');
    const encoded = parseContentType("text/plain; name*0*=utf-8''Unzustellbar%3A%20Pr%C3%BC; name*1*=fung; name*2=.eml; charset=us-ascii");
    expect(encoded.params).toEqual({ name: 'Unzustellbar: Prüfung.eml', charset: 'us-ascii' });
    const latin1 = parseContentType("text/plain; name*0*=iso-8859-1'fr'Non%20remis%20%E9; name*1*=chec.msg");
    expect(latin1.params['name']).toBe('Non remis échec.msg');
    // a whole extended value in a legacy charset
    expect(parseContentType("text/plain; name*=iso-8859-1''r%E9sum%E9.txt").params['name']).toBe('résumé.txt');
  });

  it('treats a returned original named by RFC 2231 sections as the original, not as notice text', () => {
    const raw = [
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      'To: sender@example.com',
      'Subject: Undeliverable: Report',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Delivery has failed to these recipients or groups:',
      'gone@example.net',
      'Remote Server returned \'550 5.1.1 User unknown\'',
      '',
      '--b',
      'Content-Type: text/plain; name*0="original-mess"; name*1="age.eml"',
      '',
      'To: someone-else@example.org',
      'Please also tell 552 5.2.2 mailbox full for other@example.org',
      '--b--',
      '',
    ].join('\n');
    const diagnosis = analyze(raw, { mode: 'raw', now: new Date('2026-03-01T00:00:00Z') });
    expect(diagnosis.recipients.map((r) => [r.address, r.status])).toEqual([['gone@example.net', '5.1.1']]);
  });

  it('splits multipart bodies tolerant of preamble and epilogue', () => {
    expect(splitMultipart('preamble\n--x\n\none\n--x\n\ntwo\n--x--\nepilogue', 'x')).toEqual(['\none', '\ntwo']);
  });
});
