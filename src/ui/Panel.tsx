import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Advice, AdviceGroup, Diagnosis, RecipientStatus } from '../core/types';
import type { RepeatNote } from '../history/history';
import { t } from './i18n';
import { codePointName, splitControls } from './controls';
import { codes, formatLeft, formatUntil, reasonLine, retrying, retryEnded, type ClockOptions } from './format';
import { copyText } from './clipboard';
import { persistsText, repeatText } from './repeat-note';
import { summaryText } from './summary';

export type Theme = 'light' | 'dark';

export interface PanelProps {
  diagnosis: Diagnosis;
  messageKey: string;
  initialCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** The user hid the panel for this message (it shows the undo strip meanwhile). */
  onDismiss: () => void;
  /** The user took the dismissal back within the undo time. */
  onUndoDismiss?: () => void;
  /** The undo time is over: the caller removes the panel. Without it, a dismissal takes effect at once (no strip). */
  onDismissSettled?: () => void;
  /** How long the undo strip stays (tests shorten it). */
  undoMs?: number;
  theme: Theme;
  /**
   * The webmail shows the mail system's own card for this notice (Gmail's, Microsoft 365's): the panel says
   * what that card does not (the verdict, who acts, whether to resend) and keeps the rest under "Why?".
   */
  compact?: boolean;
  /** Earlier delays or temporary failures from the same recipient domain, per the recent-bounces history. */
  repeat?: RepeatNote | null;
  /** Injected for tests; Date.now otherwise. */
  now?: () => number;
  clock?: ClockOptions;
  /**
   * Asked before the countdown redraws the panel by itself: false means the extension is gone (its strings
   * with it), and the caller has frozen the panel instead (Controller.retire).
   */
  alive?: () => boolean;
}

/** How long "Copied" stays; the live region has announced it by then. */
const COPIED_SHOWN_MS = 4000;
/** How long the "hidden for this message · Undo" strip stays. */
export const UNDO_SHOWN_MS = 10_000;
/** A minute is the finest unit the countdown prints. */
const TICK_MS = 60_000;
/** A notice may list thousands of recipients; the panel shows the first ones and says how many more. */
const MAX_LISTED_RECIPIENTS = 50;
/** Addresses named in one block before "and N more". */
const MAX_NAMED_IN_GROUP = 3;
let idCounter = 0;

function useNow(now: () => number, active: boolean, alive: () => boolean): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    if (!active) return undefined;
    setValue(now());
    const id = setInterval(() => {
      if (alive()) setValue(now());
    }, TICK_MS);
    return () => clearInterval(id);
  }, [active]);
  return value;
}

const ALWAYS = () => true;

/**
 * Text taken from the notice (addresses, the server's words, host names): isolated from the text around it
 * (<bdi>: its direction cannot spill over), and its invisible controls shown as marks ("U+202E") instead of
 * acting: a RIGHT-TO-LEFT OVERRIDE in a diagnostic would otherwise show the rest of the line reversed.
 */
function NoticeText({ text }: { text: string }) {
  const parts = splitControls(text);
  if (parts.length === 1 && !parts[0]!.control) return <bdi>{text}</bdi>;
  return (
    <bdi>
      {parts.map((p) =>
        p.control ? (
          <span class="ctl" title={t('controlCharacter', codePointName(p.text))}>
            {codePointName(p.text)}
          </span>
        ) : (
          p.text
        ),
      )}
    </bdi>
  );
}

/** A sentence of ours that names a notice's address: the address in bold (and isolated as notice text). */
function WithAddress({ text, address }: { text: string; address: string | null }) {
  const at = address ? text.indexOf(address) : -1;
  if (!address || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <b class="addr">
        <NoticeText text={address} />
      </b>
      {text.slice(at + address.length)}
    </>
  );
}

/**
 * Only the user's own clicks (and key presses on a button, which browsers turn into trusted clicks) count.
 * The shadow root is open: a page script can reach the buttons and call click() itself, for example to
 * dismiss panels under forged message ids again and again until extension storage is full.
 */
function byUser(action: () => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) action();
  };
}

type Tone = 'wait' | 'act' | 'ended';

/** The verdict chip: a glyph and a word, so colour is never the only signal. */
function VerdictChip({ tone }: { tone: Tone }) {
  const [glyph, label] = tone === 'wait' ? ['↻', t('verdictWait')] : tone === 'ended' ? ['✓', t('verdictEnded')] : ['!', t('verdictActShort')];
  return (
    <span class="chip main" data-bounce-lens="verdict-chip">
      <span class="glyph" aria-hidden="true">
        {glyph}
      </span>
      {label}
    </span>
  );
}

/** Chevron and cross, drawn (no icon font: the page's fonts cannot be relied on inside the shadow root). */
function Icon({ name }: { name: 'expand' | 'collapse' | 'close' }) {
  const d = name === 'close' ? 'M4 4l8 8M12 4l-8 8' : name === 'expand' ? 'M3.5 6l4.5 4.5L12.5 6' : 'M3.5 10l4.5-4.5L12.5 10';
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/** What the sender does: the plain steps, then the resend answer the notice's state gives. */
function PlainSteps({ advice }: { advice: Advice }) {
  const items = [...advice.steps, ...(advice.resend ? [advice.resend.text] : [])];
  if (items.length === 0) return null;
  return (
    <ol>
      {items.map((s) => (
        <li>{s}</li>
      ))}
    </ol>
  );
}

function addressOf(d: Diagnosis, index: number): string | null {
  return d.recipients[index]?.address ?? null;
}

/** One block per distinct problem when recipients failed for different reasons (widest impact first). */
function GroupBlock({ group, d }: { group: AdviceGroup; d: Diagnosis }) {
  const first = addressOf(d, group.recipients[0]!);
  const others = group.recipients.slice(1).map((i) => addressOf(d, i) ?? t('unknownRecipient'));
  const named = others.slice(0, MAX_NAMED_IN_GROUP);
  // a problem of the sender's own server ("Your mail server is on a spam blocklist") names no address: the block does
  const named0 = first !== null && group.advice.headline.includes(first);
  return (
    <div class="group" data-cause={group.cause}>
      <p class="gline">
        {!named0 && (
          <>
            <b class="addr">{first === null ? t('unknownRecipient') : <NoticeText text={first} />}</b>
            {': '}
          </>
        )}
        <WithAddress text={group.advice.headline} address={first} />
      </p>
      {named.length > 0 && (
        <p class="also">
          {t('alsoAddresses', '')}
          {named.map((a, i) => (
            <>
              {i > 0 && ', '}
              <b class="addr">
                <NoticeText text={a} />
              </b>
            </>
          ))}
          {others.length > named.length && ` ${t('andMore', others.length - named.length)}`}
        </p>
      )}
      <PlainSteps advice={group.advice} />
    </div>
  );
}

/** The technical layer of one problem: what it means, what the admin does, example records. */
function AdminAdvice({ advice }: { advice: Advice }) {
  return (
    <div class="admin-cause">
      <p class="label">{advice.title}</p>
      <p>{advice.explanation}</p>
      {advice.adminSteps.length > 0 && (
        <ol>
          {advice.adminSteps.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
      )}
      {advice.dnsExamples.length > 0 && (
        <>
          <p class="meta">{t('dnsLabel')}</p>
          {advice.dnsExamples.map((rec) => (
            <pre>
              <code>{rec}</code>
            </pre>
          ))}
        </>
      )}
    </div>
  );
}

/** The facts an admin looks for, per recipient: codes, the remote server with its address, the server's words. */
function RecipientDetails({ r }: { r: RecipientStatus }) {
  const rows: Array<[string, string, boolean]> = [];
  const add = (label: string, value: string | null | undefined, mono = false) => {
    if (value) rows.push([label, value, mono]);
  };
  add(t('detailRecipient'), r.address);
  add(t('detailCodes'), codes(r), true);
  add(t('detailRemote'), r.remoteMta ? (r.remoteIp ? `${r.remoteMta} [${r.remoteIp}]` : r.remoteMta) : r.remoteIp, true);
  add(t('detailSendingIp'), r.sendingIp, true);
  add(t('detailDsnAction'), r.action);
  add(t('detailReason'), reasonLine(r));
  return (
    <div>
      {rows.length > 0 && (
        <dl>
          {rows.map(([label, value, mono]) => [
            <dt>{label}</dt>,
            <dd>{mono ? <code><NoticeText text={value} /></code> : <NoticeText text={value} />}</dd>,
          ])}
        </dl>
      )}
      {r.diagnostic && (
        <>
          <p class="meta">{t('detailDiagnostic')}</p>
          <pre dir="auto">
            <NoticeText text={r.diagnostic} />
          </pre>
        </>
      )}
    </div>
  );
}

/** "For your IT admin": closed; the technical explanation and steps per problem, then the facts. */
function ForAdmin({ d, groups, clock }: { d: Diagnosis; groups: readonly AdviceGroup[]; clock: ClockOptions }) {
  const noticeDate = d.date ? new Date(d.date) : null;
  const facts: Array<[string, string]> = [];
  if (noticeDate && !Number.isNaN(noticeDate.getTime())) facts.push([t('detailNoticeTime'), formatUntil(noticeDate, noticeDate, clock, true)]);
  if (d.reporterName || d.reportingMta) facts.push([t('detailReportedBy'), [d.reporterName, d.reportingMta].filter(Boolean).join(' · ')]);
  return (
    <details class="admin" data-bounce-lens="for-admin">
      <summary>{t('forAdminLabel')}</summary>
      {groups.map((group) => (
        <AdminAdvice advice={group.advice} />
      ))}
      {facts.length > 0 && (
        <dl>
          {facts.map(([label, value]) => [
            <dt>{label}</dt>,
            <dd>
              <NoticeText text={value} />
            </dd>,
          ])}
        </dl>
      )}
      {(d.recipients.length > 1 || d.truncated) && (
        <p class="label">{d.truncated ? t('recipientsAtLeast', d.recipients.length) : t('recipientsLabel', d.recipients.length)}</p>
      )}
      {d.recipients.slice(0, MAX_LISTED_RECIPIENTS).map((r, i) => (
        <>
          {i > 0 && <hr class="sep" />}
          <RecipientDetails r={r} />
        </>
      ))}
      {d.recipients.length > MAX_LISTED_RECIPIENTS && <p class="more">{t('moreRecipients', d.recipients.length - MAX_LISTED_RECIPIENTS)}</p>}
    </details>
  );
}

/** The groups to explain: the analyzer's, or one made from the primary advice (older diagnoses). */
function groupsOf(d: Diagnosis): AdviceGroup[] {
  if (d.groups?.length) return d.groups;
  return d.advice && d.recipients.length > 0 ? [{ cause: d.recipients[0]!.cause, recipients: [0], advice: d.advice }] : [];
}

export function Panel(props: PanelProps) {
  const { diagnosis: d, clock = {} } = props;
  const now = props.now ?? Date.now;
  const [collapsed, setCollapsed] = useState(props.initialCollapsed);
  const [hidden, setHidden] = useState(false);
  const [bodyId] = useState(() => `bl-body-${++idCounter}`);
  const primary = d.recipients[0] ?? null;
  // A permanent failure is not retried, whatever window the reporter would have used for a delay.
  const retry = primary && retrying(primary, d) ? primary.retryUntil : null;
  const untilMs = retry?.until ? Date.parse(retry.until) : NaN;
  const [ticking, setTicking] = useState(true);
  const nowMs = useNow(now, ticking && !collapsed && !hidden && untilMs > now(), props.alive ?? ALWAYS);
  // Once the window is over the text no longer changes, so the timer stops for good.
  if (ticking && !(untilMs > nowMs)) setTicking(false);
  const groups = groupsOf(d);
  const waiting = groups.length > 0 && groups.every((g) => d.recipients[g.recipients[0]!]?.verdict === 'wait');
  // An older delay notice: nobody is waiting any more, so the panel must not say "Wait" (and says no more
  // about retries: a missing failure notice means the message was delivered).
  const ended = waiting && retryEnded(retry, nowMs);
  const tone: Tone = ended ? 'ended' : waiting ? 'wait' : 'act';
  const until = Number.isFinite(untilMs) && untilMs > nowMs ? new Date(untilMs) : null;
  // The retry time is said once: in the headline while nothing needs doing, else on a line of its own.
  const retryTime = ended || !until ? null : [formatUntil(until, new Date(nowMs), clock), formatLeft(untilMs - nowMs)] as const;
  const single = groups.length === 1 && groups[0]!.recipients.length === 1;
  const headline = d.headline ?? d.advice?.headline ?? '';
  const headlineText = ended ? t('headlineEnded') : tone === 'wait' && retryTime ? t('headlineStillTrying', headline, ...retryTime) : headline;
  const retryLine = tone === 'act' && retryTime ? t('retryUntil', ...retryTime) : null;

  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');
  const sectionRef = useRef<HTMLElement>(null);
  const timers = useRef<Array<ReturnType<typeof setTimeout>>>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const later = (ms: number, action: () => void) => timers.current.push(setTimeout(action, ms));
  const copy = async () => {
    const text = summaryText({ diagnosis: d, repeat: props.repeat, nowMs: now(), clock });
    const root = (sectionRef.current?.getRootNode() ?? document) as ParentNode & Node;
    const ok = await copyText(text, root);
    setCopyState(ok ? 'copied' : 'failed');
    later(COPIED_SHOWN_MS, () => setCopyState(''));
  };
  const persists = props.repeat ? persistsText(props.repeat) : null;

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    props.onCollapsedChange(next);
  };
  const dismiss = () => {
    props.onDismiss();
    if (!props.onDismissSettled) return;
    setHidden(true);
    later(props.undoMs ?? UNDO_SHOWN_MS, () => props.onDismissSettled?.());
  };
  const undo = () => {
    timers.current.forEach(clearTimeout);
    timers.current = [];
    setHidden(false);
    props.onUndoDismiss?.();
  };

  if (hidden) {
    return (
      <div class="cq">
        <div class={`bl undo ${tone}`} role="status" data-theme={props.theme} data-bounce-lens="undo-strip">
          <span>{t('hiddenForMessage')}</span>
          {' · '}
          <button type="button" class="text" onClick={byUser(undo)}>
            {t('undo')}
          </button>
        </div>
      </div>
    );
  }

  const youDo = (
    <div data-bounce-lens="you-do">
      <p class="label">{t('youDoLabel')}</p>
      {ended ? (
        <p>{t('endedExplanation')}</p>
      ) : single || groups.length === 1 ? (
        <PlainSteps advice={groups[0]!.advice} />
      ) : (
        groups.slice(0, MAX_LISTED_RECIPIENTS).map((group) => <GroupBlock group={group} d={d} />)
      )}
    </div>
  );
  const details: ComponentChildren = (
    <>
      {groups.length > 0 && youDo}
      <ForAdmin d={d} groups={groups} clock={clock} />
    </>
  );

  return (
    <div class="cq">
      <section ref={sectionRef} class={`bl ${tone}`} role="region" aria-label={t('panelLabel')} data-theme={props.theme}>
        <div class="head">
          <VerdictChip tone={tone} />
          <p class="headline" data-bounce-lens="headline">
            <WithAddress text={headlineText} address={single && !ended ? (primary?.address ?? null) : null} />
          </p>
          <div class="btns">
            <button
              type="button"
              class="icon"
              aria-expanded={collapsed ? 'false' : 'true'}
              aria-controls={bodyId}
              aria-label={collapsed ? t('expand') : t('collapse')}
              title={collapsed ? t('expand') : t('collapse')}
              onClick={byUser(toggle)}
            >
              <Icon name={collapsed ? 'expand' : 'collapse'} />
            </button>
            <button type="button" class="icon" aria-label={t('dismissLabel')} title={t('dismissLabel')} onClick={byUser(dismiss)}>
              <Icon name="close" />
            </button>
          </div>
        </div>
        <div class="body" id={bodyId} hidden={collapsed}>
          {retryLine && <p class="retry">{retryLine}</p>}
          {props.repeat && (
            <p class="repeat" data-bounce-lens="repeat-note">
              {repeatText(props.repeat, nowMs, clock)}
              {persists && ` ${persists}`}
            </p>
          )}
          {props.compact ? (
            <>
              {!ended && groups.length === 1 && groups[0]!.advice.resend && <p>{groups[0]!.advice.resend.text}</p>}
              <details class="why">
                <summary>{t('whyLabel')}</summary>
                {details}
              </details>
            </>
          ) : (
            details
          )}
          <div class="foot">
            {/* (any click: a page script could write the page's own text to the clipboard anyway) */}
            <button type="button" class="text" data-bounce-lens="copy-summary" onClick={() => void copy()}>
              {t('copySummary')}
            </button>
            <span class="copied" role="status" aria-live="polite">
              {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
            </span>
          </div>
        </div>
      </section>
    </div>
  );
}
