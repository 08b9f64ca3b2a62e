// Helpers shared by the fixture page generators (our own code; no webmail markup here).

/** Escapes text for HTML element content and attribute values. */
export function esc(s) {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that is safe inside a <script> element (no "</script>", "<!--" or U+2028 can end it early). */
export function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A text/plain body the way webmail shows it: escaped, line breaks kept, runs of spaces kept (Gmail writes
 * them as &nbsp; and <br>; nothing in the text can become markup).
 */
export function plainTextToHtml(text) {
  return esc(String(text ?? '').replace(/\r\n?/g, '\n'))
    .replace(/ {2,}/g, (m) => '&nbsp;'.repeat(m.length - 1) + ' ')
    .replace(/^ /gm, '&nbsp;')
    .replace(/\n/g, '<br>\n');
}

/**
 * Reduces a mail's text/html part to what a webmail shows inside its body container: the <body> content,
 * without scripts, <head>/<style>/<meta>/<base>, inline event handlers or javascript: URLs, and with cid:
 * images pointed at a harmless local placeholder (webmails rewrite them to attachment URLs).
 * This is a test-fixture approximation of Gmail's and OWA's server-side sanitizers, not a security boundary.
 */
export function sanitizeMailHtml(html) {
  let s = String(html ?? '');
  const body = /<body[^>]*>([\s\S]*?)(<\/body>|$)/i.exec(s);
  if (body) s = body[1];
  s = s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title|iframe|object|embed)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|meta|link|base|iframe|object|embed)\b[^>]*>/gi, '')
    .replace(/<\/?(html|body)\b[^>]*>/gi, '')
    .replace(/\s(on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/gi, '$1="#"')
    .replace(/src\s*=\s*(["']?)cid:[^"'\s>]*\1/gi, 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="');
  return s.trim();
}

/** Sanitized HTML part when there is one, else the text part as webmail renders plain text. */
export function mailBodyHtml({ html, text }) {
  if (html && html.trim()) return sanitizeMailHtml(html);
  return plainTextToHtml(text ?? '');
}

/** A stable 16-hex-digit id from a string (Gmail legacy message ids look like this). */
export function hexId(seed) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of String(seed)) {
    const c = ch.codePointAt(0);
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822519) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 16);
}

/** A 19-digit decimal id (Gmail's "#msg-f:" / "#thread-f:" numbers) from a string. */
export function decId(seed) {
  const hex = hexId(seed);
  return (BigInt('0x' + hex) % 9000000000000000000n + 1000000000000000000n).toString();
}
