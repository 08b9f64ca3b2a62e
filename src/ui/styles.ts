/**
 * Lives inside the shadow root: page styles cannot reach in and these cannot leak out. Colours come from
 * variables switched by data-theme so one sheet serves light and dark webmail themes.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; }
.cq { container-type: inline-size; }
.bl {
  --bg: #fffdf7; --fg: #1f1f1f; --muted: #5f6368; --border: #e0d8c3; --accent: #8a5a00; --chip: #fbeed1;
  --act: #b3261e; --act-chip: #fde7e6; --code-bg: #f1f3f4; --focus: #0b57d0;
  box-sizing: border-box; width: 100%; max-width: 100%; margin: 0; padding: 10px 12px;
  border: 1px solid var(--border); border-left: 4px solid var(--accent); border-radius: 8px;
  background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  overflow-wrap: anywhere; word-break: break-word; text-align: start;
}
.bl.act { border-left-color: var(--act); }
.bl.ended { border-left-color: var(--muted); }
.ended .chip.main { background: var(--code-bg); color: var(--fg); }
.bl[data-theme="dark"] {
  --bg: #2a2620; --fg: #e8eaed; --muted: #b0b4b9; --border: #4a4336; --accent: #f2b33d; --chip: #4a3c1e;
  --act: #f28b82; --act-chip: #4d2624; --code-bg: #3a3833; --focus: #a8c7fa;
}
.bl * { box-sizing: border-box; max-width: 100%; }
.head { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 6px 8px; }
.headline { flex: 1 1 12em; min-width: 0; margin: 0; font-size: 15px; font-weight: 600; }
.chip { display: inline-block; padding: 0 6px; border-radius: 999px; font-size: 12px; font-weight: 600;
  line-height: 20px; background: var(--chip); color: var(--accent); white-space: nowrap; }
.act .chip.main, .chip.act { background: var(--act-chip); color: var(--act); }
.chip.wait { background: var(--chip); color: var(--accent); }
.btns { display: flex; gap: 4px; margin-left: auto; }
button { font: inherit; font-size: 12px; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid var(--border); border-radius: 6px; padding: 2px 8px; min-height: 24px; }
button:hover { background: var(--code-bg); }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.body { margin-top: 6px; }
p { margin: 6px 0; }
.meta, .retry { color: var(--muted); font-size: 13px; }
.retry { color: var(--fg); font-weight: 500; }
.label { margin: 10px 0 4px; font-weight: 600; }
ol, ul { margin: 4px 0; padding-inline-start: 22px; }
li { margin: 2px 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px;
  background: var(--code-bg); border-radius: 4px; }
code { padding: 0 4px; }
pre { margin: 4px 0; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.rcpts { list-style: none; padding: 0; }
.more { color: var(--muted); font-size: 12px; }
.rcpts li { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; }
.addr { font-weight: 500; }
details { margin-top: 8px; }
summary { cursor: pointer; color: var(--muted); font-size: 13px; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 6px 0; font-size: 13px; }
dt { color: var(--muted); }
dd { margin: 0; min-width: 0; }
/* An invisible control character of the notice, shown instead of acting (see NoticeText). */
.ctl { display: inline-block; margin: 0 1px; padding: 0 3px; border: 1px dashed currentColor; border-radius: 3px;
  font: 11px/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); vertical-align: baseline; }
.sep { border: 0; border-top: 1px solid var(--border); margin: 8px 0; }
.repeat { padding: 4px 8px; border-radius: 6px; background: var(--chip); }
.copied { align-self: center; font-size: 12px; color: var(--muted); }
/* Empty, the live region takes no room but stays in the accessibility tree, so "Copied" is announced. */
.copied:empty { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
@container (max-width: 360px) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 4px; } }
`;
