import { render } from 'preact';
import type { Diagnosis } from '../core/types';
import { Panel, type Theme } from './Panel';
import { PANEL_CSS } from './styles';
import { detectTheme } from './theme';
import { logError } from '../content/log';
import { showsNativeCard, type ClockOptions } from './format';
import { spokenLanguage } from './ui-language';
import type { RepeatNote } from '../history/history';

export interface MountOptions {
  parent: Node;
  before: Node | null;
  /** Keep a margin from the parent's edges (a card without padding, as in Outlook). */
  inset?: boolean;
  messageKey: string;
  diagnosis: Diagnosis;
  initialCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: () => void;
  /** See PanelProps: with them, a dismissal shows the undo strip before the caller removes the panel. */
  onUndoDismiss?: () => void;
  onDismissSettled?: () => void;
  undoMs?: number;
  /** The language the panel's strings speak (its host's `lang`). */
  language?: string;
  /** See PanelProps.compact (default: when the diagnosis says the webmail shows the mail system's own card). */
  compact?: boolean;
  theme?: Theme;
  /** What the recent-bounces history says about this notice (see Panel). */
  repeat?: RepeatNote | null;
  now?: () => number;
  clock?: ClockOptions;
  /** See PanelProps.alive. */
  alive?: () => boolean;
}

export interface PanelHandle {
  readonly host: HTMLElement;
  /** Reads the theme the panel sits in again (the user switched the webmail's theme); redraws only on a change. */
  refreshTheme(): void;
  /**
   * Leaves the panel as it is shown, still: a copy without the buttons takes the place of the live view, whose
   * timer stops. For a script whose extension was updated or removed: a redraw would need the extension's
   * strings (raw message keys instead) and a click would need its storage.
   */
  freeze(): void;
  unmount(): void;
}

/**
 * Inline, so page rules like `.ii div { … }` cannot restyle the host box itself; the box's own properties also
 * !important against a page's !important rules. Text properties are reset by `all: initial` without
 * !important: a reader's own style sheet may still widen letter and word spacing (WCAG 1.4.12), and they
 * reach the panel's text by inheritance.
 */
const HOST_BOX = 'display: block !important; padding: 0 !important; border: 0 !important; float: none !important; position: static !important; ' +
  'width: auto !important; height: auto !important; min-height: 0 !important; visibility: visible !important; opacity: 1 !important; ' +
  'transform: none !important; overflow: visible !important; background: transparent !important;';
const HOST_STYLE = `all: initial; ${HOST_BOX} margin: 0 0 12px !important; max-width: 100% !important;`;

/** Side margin when inset: the body's own side padding when it has one (so the panel lines up with the text), else 12px. */
function insetStyle(before: Node | null): string {
  let side = 12;
  try {
    if (before && before.nodeType === 1) {
      const win = before.ownerDocument?.defaultView;
      const pad = win ? parseFloat(win.getComputedStyle(before as Element).paddingLeft) : NaN;
      if (Number.isFinite(pad) && pad >= 4) side = Math.min(pad, 24);
    }
  } catch {
    // Layout unavailable: the default margin is fine.
  }
  return `all: initial; ${HOST_BOX} margin: 8px ${side}px 4px !important; max-width: calc(100% - ${2 * side}px) !important;`;
}

/** Keys typed while focus is in the panel must not reach webmail shortcuts (Gmail's `#` deletes a thread). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function mountPanel(o: MountOptions): PanelHandle {
  const doc = (o.parent.ownerDocument ?? o.parent) as Document;
  const host = doc.createElement('div');
  const primary = o.diagnosis.recipients[0];
  host.setAttribute('data-bounce-lens', 'panel');
  host.setAttribute('data-message-key', o.messageKey);
  host.setAttribute('data-status', primary?.status ?? '');
  host.setAttribute('data-reply', primary?.reply == null ? '' : String(primary.reply));
  host.setAttribute('data-verdict', primary?.verdict ?? 'act');
  host.setAttribute('data-actor', primary?.actor ?? '');
  host.setAttribute('lang', o.language ?? spokenLanguage());
  host.setAttribute('style', o.inset ? insetStyle(o.before) : HOST_STYLE);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());

  // Open, so automated browser tests (and assistive tech tooling) can look inside; nothing secret is there.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);

  o.parent.insertBefore(host, o.before && o.before.parentNode === o.parent ? o.before : null);
  const detect = (): Theme => o.theme ?? detectTheme(o.parent.nodeType === 1 ? (o.parent as Element) : doc.documentElement);
  let theme = detect();
  host.setAttribute('data-theme', theme);

  // Drawn again with the same component at the same place, so the panel keeps its state (open details).
  const draw = () =>
    render(
      <Panel
        diagnosis={o.diagnosis}
        messageKey={o.messageKey}
        initialCollapsed={o.initialCollapsed}
        onCollapsedChange={o.onCollapsedChange}
        onDismiss={o.onDismiss}
        {...(o.onUndoDismiss ? { onUndoDismiss: o.onUndoDismiss } : {})}
        {...(o.onDismissSettled ? { onDismissSettled: o.onDismissSettled } : {})}
        compact={o.compact ?? showsNativeCard(o.diagnosis)}
        {...(o.undoMs !== undefined ? { undoMs: o.undoMs } : {})}
        theme={theme}
        repeat={o.repeat ?? null}
        {...(o.now ? { now: o.now } : {})}
        {...(o.clock ? { clock: o.clock } : {})}
        {...(o.alive ? { alive: o.alive } : {})}
      />,
      container,
    );
  draw();
  let frozen = false;

  return {
    host,
    refreshTheme() {
      if (frozen || !host.isConnected) return;
      const next = detect();
      if (next === theme) return;
      theme = next;
      host.setAttribute('data-theme', theme);
      draw();
    },
    freeze() {
      if (frozen) return;
      frozen = true;
      const still = container.cloneNode(true) as HTMLElement;
      for (const el of Array.from(still.querySelectorAll('.btns, .foot'))) el.remove();
      try {
        render(null, container);
      } catch {
        // The copy is what stays; nothing to report to once the extension is gone.
      }
      container.replaceWith(still);
      host.setAttribute('data-frozen', '');
    },
    unmount() {
      try {
        // Unrendering runs effect cleanups, which stops the countdown timer.
        render(null, container);
      } catch (err) {
        logError('unmount', err);
      }
      host.remove();
    },
  };
}
