// Raw RFC 5322 message → what a webmail shows: subject, sender, date and the body HTML (the text/html part
// sanitized, or the text/plain part escaped as Gmail shows plain text). Used for the project's own
// test/fixtures and, at test time only, for real bounces read in place from ../shared.
import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { mailBodyHtml } from './pages/common.mjs';

/** CR-only files (old Mac line ends) are split by webmail clients; postal-mime needs LF or CRLF. */
function normaliseLineEnds(buf) {
  const bytes = new Uint8Array(buf);
  let lone = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) { lone = true; break; }
  }
  if (!lone) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] === 0x0d && bytes[i + 1] !== 0x0a ? 0x0a : bytes[i];
  return out;
}

/**
 * Parses a message file. `prefer` picks the part a webmail would show: 'html' (default, as Gmail and OWA
 * do when there is one) or 'text'.
 */
export async function loadMail(file, { prefer = 'html' } = {}) {
  const raw = normaliseLineEnds(readFileSync(file));
  // Attached originals (message/rfc822) stay attachments, as webmail shows them.
  const email = await PostalMime.parse(raw, { rfc822Attachments: true });
  const html = prefer === 'html' ? email.html : null;
  return {
    subject: email.subject ?? '(no subject)',
    from: { name: email.from?.name || email.from?.address || 'unknown', email: email.from?.address || 'unknown@example.com' },
    date: email.date ? new Date(email.date) : new Date('2026-03-01T12:00:00Z'),
    body: mailBodyHtml({ html, text: email.text ?? '' }),
    hasHtml: !!(email.html && email.html.trim()),
    text: email.text ?? '',
  };
}

/** A fixture-page message (for gmailPage / outlookPage) from a loaded mail. */
export function mailMessage(id, mail, extra = {}) {
  return { id, from: mail.from, date: mail.date, body: mail.body, ...extra };
}

/** A one-message thread from a loaded mail. */
export function mailThread(id, mail, extra = {}) {
  return { id: `t-${id}`, subject: mail.subject, snippet: mail.subject, messages: [mailMessage(id, mail)], ...extra };
}
