/**
 * The state colours, as data: a test checks they stay apart for people with each kind of colour-vision
 * deficiency (CIEDE2000 ≥ 20 after simulation, light and dark) and that chip text stays readable. Wait is
 * blue (harmless, not "caution"), act red, retries-over grey; each state also has its own glyph.
 */
export const PALETTE = {
  light: {
    bg: '#fbfcfe', fg: '#1f1f1f', muted: '#5f6368', border: '#d9dde3', codeBg: '#f1f3f4', focus: '#0b57d0',
    wait: { accent: '#174ea6', chipText: '#ffffff' },
    act: { accent: '#b3261e', chipText: '#ffffff' },
    ended: { accent: '#9c9fa1', chipText: '#1f1f1f' },
  },
  dark: {
    bg: '#202124', fg: '#e8eaed', muted: '#b0b4b9', border: '#3c4043', codeBg: '#303134', focus: '#a8c7fa',
    wait: { accent: '#4c8df6', chipText: '#0b0d10' },
    act: { accent: '#f6aea9', chipText: '#0b0d10' },
    ended: { accent: '#46484a', chipText: '#e8eaed' },
  },
} as const;

type Palette = (typeof PALETTE)['light' | 'dark'];

function variables(p: Palette): string {
  return [
    `--bg: ${p.bg}; --fg: ${p.fg}; --muted: ${p.muted}; --border: ${p.border}; --code-bg: ${p.codeBg}; --focus: ${p.focus};`,
    `--wait: ${p.wait.accent}; --wait-text: ${p.wait.chipText}; --act: ${p.act.accent}; --act-text: ${p.act.chipText};`,
    `--ended: ${p.ended.accent}; --ended-text: ${p.ended.chipText};`,
  ].join(' ');
}

/**
 * Lives inside the shadow root: page styles cannot reach in and these cannot leak out. Colours come from
 * variables switched by data-theme so one sheet serves light and dark webmail themes.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; }
.cq { container-type: inline-size; }
.bl {
  ${variables(PALETTE.light)}
  --accent: var(--act); --chip-text: var(--act-text);
  box-sizing: border-box; width: 100%; max-width: 100%; margin: 0; padding: 8px 10px 10px 12px;
  border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px;
  background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  overflow-wrap: anywhere; word-break: break-word; text-align: start;
}
.bl[data-theme="dark"] { ${variables(PALETTE.dark)} }
.bl.wait { --accent: var(--wait); --chip-text: var(--wait-text); }
.bl.ended { --accent: var(--ended); --chip-text: var(--ended-text); }
.bl * { box-sizing: border-box; max-width: 100%; }
/* One row at any width: the headline wraps inside its own cell. */
.head { display: flex; flex-wrap: nowrap; align-items: flex-start; gap: 8px; }
.headline { flex: 1 1 auto; min-width: 0; margin: 1px 0 0; font-size: 15px; font-weight: 600; }
.headline .addr, .gline .addr { font-weight: 700; }
.chip { flex: none; display: inline-flex; align-items: center; gap: 4px; padding: 0 8px; border-radius: 999px;
  font-size: 12px; font-weight: 700; line-height: 22px; background: var(--accent); color: var(--chip-text); white-space: nowrap; }
.glyph { font-size: 13px; line-height: 1; }
.btns { flex: none; display: flex; gap: 2px; margin-inline-start: auto; }
button { font: inherit; font-size: 13px; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px; min-height: 24px; }
button.icon { display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px;
  padding: 0; border-color: transparent; color: var(--muted); }
button.text { border-color: var(--border); }
button:hover { background: var(--code-bg); color: var(--fg); }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.body { margin-top: 4px; }
p { margin: 6px 0; }
.meta { color: var(--muted); font-size: 13px; }
.retry { font-weight: 500; }
.label { margin: 10px 0 4px; font-weight: 600; }
ol, ul { margin: 4px 0; padding-inline-start: 22px; }
li { margin: 2px 0; }
.group { margin: 8px 0 10px; }
.gline { margin: 4px 0 2px; font-weight: 500; }
.also { margin: 0 0 2px; font-size: 13px; color: var(--muted); }
.admin-cause + .admin-cause { border-top: 1px solid var(--border); margin-top: 8px; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px;
  background: var(--code-bg); border-radius: 4px; }
code { padding: 0 4px; }
pre { margin: 4px 0; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.more { color: var(--muted); font-size: 12px; }
details { margin-top: 8px; }
summary { cursor: pointer; font-weight: 600; font-size: 13px; color: var(--fg); }
details.admin > summary, details.why > summary { color: var(--muted); }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 6px 0; font-size: 13px; }
dt { color: var(--muted); }
dd { margin: 0; min-width: 0; }
/* An invisible control character of the notice, shown instead of acting (see NoticeText). */
.ctl { display: inline-block; margin: 0 1px; padding: 0 3px; border: 1px dashed currentColor; border-radius: 3px;
  font: 11px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); vertical-align: baseline; }
.sep { border: 0; border-top: 1px solid var(--border); margin: 8px 0; }
.repeat { padding: 4px 8px; border-radius: 6px; background: var(--code-bg); }
.foot { display: flex; align-items: center; gap: 8px; margin-top: 10px; }
.copied { font-size: 12px; color: var(--muted); }
/* Empty, the live region takes no room but stays in the accessibility tree, so "Copied" is announced. */
.copied:empty { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.undo { display: flex; align-items: center; gap: 4px; padding: 4px 10px; color: var(--muted); font-size: 13px; }
@container (max-width: 360px) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 4px; } .headline { font-size: 14px; } }
`;
