/**
 * What the analyzer accepts as a message, before anything reads it: one rule for every entry point
 * (the CLI, the library, the background script).
 *
 * - UTF-16 with a byte-order mark (what Windows tools save as "Unicode") becomes text.
 * - A UTF-8 byte-order mark is dropped, so the first header line reads as a header.
 * - NUL characters are dropped wherever they stand: mail never carries them as text (RFC 5322
 *   forbids them), and a stray one (a trailing NUL from a copy tool) must not make a notice unreadable.
 * Everything else stays as it came: bytes stay bytes, for the MIME decoder's charsets.
 */
export function readableInput(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return withoutNul(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const b0 = input[0];
  const b1 = input[1];
  if (b0 === 0xff && b1 === 0xfe) return withoutNul(new TextDecoder('utf-16le').decode(input.subarray(2)));
  if (b0 === 0xfe && b1 === 0xff) return withoutNul(new TextDecoder('utf-16be').decode(input.subarray(2)));
  const bytes = b0 === 0xef && b1 === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  return bytes.indexOf(0) < 0 ? bytes : bytes.filter((b) => b !== 0);
}

/** The text without NUL characters (usually the same string: one native search). */
export function withoutNul(text: string): string {
  return text.indexOf('\u0000') < 0 ? text : text.replace(/\u0000/g, '');
}

