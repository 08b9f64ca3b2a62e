import type { Theme } from './Panel';

/** [r, g, b, alpha] from a computed colour such as "rgb(32, 33, 36)" or "rgba(0 0 0 / 0.5)"; null otherwise. */
export function parseColor(css: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!m) return null;
  let a = 1;
  if (m[4] !== undefined) a = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white). */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme the panel sits in: the first opaque background up the tree decides (webmail themes paint the
 * message container, not necessarily <body>); prefers-color-scheme only when nothing is painted.
 */
export function detectTheme(el: Element): Theme {
  const win = el.ownerDocument.defaultView;
  if (!win) return 'light';
  try {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const c = parseColor(win.getComputedStyle(n).backgroundColor);
      if (c && c[3] >= 0.5) return luminance(c[0], c[1], c[2]) < 0.2 ? 'dark' : 'light';
    }
    return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}
