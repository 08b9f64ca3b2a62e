/**
 * What the popup accepts before the analyzer sees it: pasted text, or a chosen or dropped file's bytes.
 * Everything that is not a readable notice gets a named reason (empty, over 5 MB, binary) instead of a
 * blank answer. No DOM here, so the checks are tested directly.
 */
import { analyze } from '../core/index';
import type { Diagnosis } from '../core/types';

/** Bounce notices are a few kilobytes; 5 MB leaves room for one that returns the original with attachments. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** Bytes looked at to tell text from binary data. */
const SNIFF_BYTES = 64 * 1024;

export type InputProblem = 'empty' | 'too-big' | 'binary';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/** Signatures of common binary formats people might pick by mistake (PDF, ZIP/DOCX, PNG, JPEG, GIF, Outlook .msg). */
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // PK.. (zip, docx, xlsx)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file (Outlook .msg, old Office)
];

/**
 * Binary rather than text: a known binary signature, a NUL byte, or more than 1 % control characters in the
 * first 64 KB. Tab, line breaks, form feed and ESC are text (ISO-2022-JP, the Japanese mail charset, uses ESC).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) controls++;
  }
  return controls > n / 100;
}

/** Blank: nothing but spaces and line breaks (checked on at most the first 64 KB: a longer blank file is binary-like anyway). */
function blankBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return bytes.length <= SNIFF_BYTES;
}

/** A file saved as UTF-16 (Windows Notepad's "Unicode") is text with NUL bytes: decoded here, read as text. */
function utf16Text(bytes: Uint8Array): string | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return null;
}

/** UTF-8 length without encoding short texts (a character takes at most 3 bytes in UTF-16 terms). */
function utf8Length(text: string): number {
  return text.length * 3 <= MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/**
 * Pasted text: rendered webmail text, or a full source ("Show original"), which the analyzer's automatic
 * detection reads as a raw message.
 */
export function analyzePasted(text: string, language = 'en'): Checked<Diagnosis> {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_INPUT_BYTES || utf8Length(text) > MAX_INPUT_BYTES) return { ok: false, problem: 'too-big' };
  // A paste of binary data arrives as text with NULs or control characters.
  if (text.includes('\u0000') || looksBinary(new TextEncoder().encode(text.slice(0, SNIFF_BYTES)))) {
    return { ok: false, problem: 'binary' };
  }
  return { ok: true, value: analyze(text, { mode: 'auto', language }) };
}

/** Only the size is known before reading: a file over the limit is refused without being read. */
export function checkFileSize(size: number): InputProblem | null {
  if (size === 0) return 'empty';
  if (size > MAX_INPUT_BYTES) return 'too-big';
  return null;
}

/**
 * A chosen or dropped .eml / .txt file, read as a raw message: the analyzer decodes its line endings,
 * transfer encodings and charsets from the bytes themselves.
 */
export function analyzeFileBytes(bytes: Uint8Array, language = 'en'): Checked<Diagnosis> {
  const sizeProblem = checkFileSize(bytes.length);
  if (sizeProblem) return { ok: false, problem: sizeProblem };
  const wide = utf16Text(bytes);
  if (wide !== null) {
    if (wide.replace(/^\uFEFF/, '').trim() === '') return { ok: false, problem: 'empty' };
    return { ok: true, value: analyze(wide, { mode: 'raw', language }) };
  }
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  if (blankBytes(bytes)) return { ok: false, problem: 'empty' };
  return { ok: true, value: analyze(bytes, { mode: 'raw', language }) };
}
