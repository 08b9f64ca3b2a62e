/**
 * Characters of a notice that must never reach a display as themselves. Every byte of a notice is the
 * remote server's (or a forger's) choice: ESC and BEL start terminal commands (`ESC ] 0 ;` sets the
 * window title, `ESC ] 52 ;` writes the clipboard), the C1 range holds one-byte forms of the same
 * (U+009B is CSI), and the bidirectional formatting characters (U+202E RIGHT-TO-LEFT OVERRIDE and its
 * kin) reorder the text around them, so "exe.txt" can read as "txt.exe". Shared by the panel (which
 * shows them as visible marks) and the CLI (which prints escapes).
 *
 * Included: C0 controls except TAB and LF, DEL, C1 controls, U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069. CR is included: in a terminal it moves back to the line start and overwrites.
 */
export const UNSAFE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Whether the text holds any of them (a test of the common case: none). */
export function hasUnsafeControls(text: string): boolean {
  UNSAFE_CONTROLS.lastIndex = 0;
  const found = UNSAFE_CONTROLS.test(text);
  UNSAFE_CONTROLS.lastIndex = 0;
  return found;
}

/** "U+202E": how a removed character is named to the reader. */
export function codePointName(char: string): string {
  return 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

/** The text with each such character written as an escape a terminal prints literally: \x1B, \u202E. */
export function escapeControls(text: string): string {
  if (!hasUnsafeControls(text)) return text;
  return text.replace(UNSAFE_CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? '\\x' + code.toString(16).toUpperCase().padStart(2, '0') : '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
  });
}

/**
 * The text cut into plain runs and the controls between them, for a display that marks each control
 * visibly (the panel). Plain text comes back as one run.
 */
export function splitControls(text: string): Array<{ text: string; control: boolean }> {
  if (!hasUnsafeControls(text)) return [{ text, control: false }];
  const parts: Array<{ text: string; control: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(UNSAFE_CONTROLS)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), control: false });
    parts.push({ text: match[0], control: true });
    last = match.index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), control: false });
  return parts;
}
