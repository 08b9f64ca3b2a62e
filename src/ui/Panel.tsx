import { useEffect, useRef, useState } from 'preact/hooks';
import type { Diagnosis, RecipientStatus } from '../core/types';
import type { RepeatNote } from '../history/history';
import { t } from './i18n';
import { codePointName, splitControls } from './controls';
import { actorLabel, codes, headline, reasonLine, retrying, retryEnded, retryText, type ClockOptions } from './format';
import { copyText } from './clipboard';
import { persistsText, repeatText } from './repeat-note';
import { summaryText } from './summary';

export type Theme = 'light' | 'dark';

export interface PanelProps {
  diagnosis: Diagnosis;
  messageKey: string;
  initialCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onDismiss: () => void;
  theme: Theme;
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
/** A minute is the finest unit the countdown prints. */
const TICK_MS = 60_000;
/** A notice may list thousands of recipients; the panel shows the first ones and says how many more. */
const MAX_LISTED_RECIPIENTS = 50;
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

function VerdictChip({ r }: { r: RecipientStatus }) {
  return r.verdict === 'wait' ? (
    <span class="chip wait">{t('verdictWait')}</span>
  ) : (
    <span class="chip act">{t('verdictAct', actorLabel(r.actor))}</span>
  );
}

function Details({ r, d, nowMs, clock }: { r: RecipientStatus; d: Diagnosis; nowMs: number; clock: ClockOptions }) {
  const rows: Array<[string, string, boolean]> = [];
  const add = (label: string, value: string | null | undefined, mono = false) => {
    if (value) rows.push([label, value, mono]);
  };
  add(t('detailRecipient'), r.address);
  add(t('detailAction'), r.action);
  add(t('detailCodes'), codes(r), true);
  add(t('detailRemote'), r.remoteMta, true);
  add(t('detailReason'), reasonLine(r));
  add(t('detailRetry'), r.retryUntil && retrying(r, d) ? [retryText(r.retryUntil, nowMs, clock), r.retryUntil.note].filter(Boolean).join(' · ') : null);
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

export function Panel(props: PanelProps) {
  const { diagnosis: d, clock = {} } = props;
  const now = props.now ?? Date.now;
  const [collapsed, setCollapsed] = useState(props.initialCollapsed);
  const [bodyId] = useState(() => `bl-body-${++idCounter}`);
  const primary = d.recipients[0] ?? null;
  // A permanent failure is not retried, whatever window the reporter would have used for a delay.
  const retry = primary && retrying(primary, d) ? primary.retryUntil : null;
  const untilMs = retry?.until ? Date.parse(retry.until) : NaN;
  const [ticking, setTicking] = useState(true);
  const nowMs = useNow(now, ticking && !collapsed && untilMs > now(), props.alive ?? ALWAYS);
  // Once the window is over the text no longer changes, so the timer stops for good.
  if (ticking && !(untilMs > nowMs)) setTicking(false);
  const verdict = primary?.verdict ?? 'act';
  // An older delay notice: nobody is waiting any more, so the panel must not say "Wait" (the sentence
  // explains that a missing failure notice means the message was delivered).
  const ended = verdict === 'wait' && retryEnded(retry, nowMs);
  const advice = d.advice;
  // Codes, verdict and advice all describe recipients[0]; the analyzer computes Diagnosis.advice for it.
  const primaryCodes = primary ? codes(primary) : '';
  const retryLine = retryText(retry, nowMs, clock);
  const tone = ended ? 'ended' : verdict;

  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');
  const sectionRef = useRef<HTMLElement>(null);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (copiedTimer.current) clearTimeout(copiedTimer.current);
  }, []);
  const copy = async () => {
    const text = summaryText({ diagnosis: d, repeat: props.repeat, nowMs: now(), clock });
    const root = (sectionRef.current?.getRootNode() ?? document) as ParentNode & Node;
    const ok = await copyText(text, root);
    setCopyState(ok ? 'copied' : 'failed');
    if (copiedTimer.current) clearTimeout(copiedTimer.current);
    copiedTimer.current = setTimeout(() => setCopyState(''), COPIED_SHOWN_MS);
  };
  const persists = props.repeat ? persistsText(props.repeat) : null;

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    props.onCollapsedChange(next);
  };

  return (
    <div class="cq">
      <section ref={sectionRef} class={`bl ${tone}`} role="region" aria-label={t('panelLabel')} data-theme={props.theme}>
        <div class="head">
          <span class="chip main">{ended ? t('verdictEnded') : verdict === 'wait' ? t('verdictWait') : t('verdictActShort')}</span>
          <p class="headline">{ended ? t('headlineEnded') : headline(d)}</p>
          <div class="btns">
            {/* (any click: a page script could write the page's own text to the clipboard anyway) */}
            <button type="button" data-bounce-lens="copy-summary" onClick={() => void copy()}>
              {t('copySummary')}
            </button>
            <span class="copied" role="status" aria-live="polite">
              {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
            </span>
            <button type="button" aria-expanded={collapsed ? 'false' : 'true'} aria-controls={bodyId} onClick={byUser(toggle)}>
              {collapsed ? t('expand') : t('collapse')}
            </button>
            <button type="button" aria-label={t('dismissLabel')} title={t('dismissLabel')} onClick={byUser(props.onDismiss)}>
              {t('dismiss')}
            </button>
          </div>
        </div>
        <div class="body" id={bodyId} hidden={collapsed}>
          {(primaryCodes || d.reporterName) && (
            <p class="meta">
              {primaryCodes && <code>{primaryCodes}</code>}
              {primaryCodes && d.reporterName && ' · '}
              {d.reporterName && t('reportedBy', d.reporterName)}
            </p>
          )}
          {retryLine && <p class="retry">{retryLine}</p>}
          {props.repeat && (
            <p class="repeat" data-bounce-lens="repeat-note">
              {repeatText(props.repeat, nowMs, clock)}
              {persists && ` ${persists}`}
            </p>
          )}
          {verdict === 'wait' && !ended && !advice?.steps.length && <p>{t('waitNoResend')}</p>}
          {advice?.explanation && <p>{advice.explanation}</p>}
          {!ended && advice && advice.steps.length > 0 && (
            <>
              <p class="label">{t('stepsLabel')}</p>
              <ol>
                {advice.steps.map((s) => (
                  <li>{s}</li>
                ))}
              </ol>
            </>
          )}
          {advice && advice.dnsExamples.length > 0 && (
            <>
              <p class="label">{t('dnsLabel')}</p>
              {advice.dnsExamples.map((rec) => (
                <pre>
                  <code>{rec}</code>
                </pre>
              ))}
            </>
          )}
          {(d.recipients.length > 1 || d.truncated) && (
            <>
              <p class="label">{d.truncated ? t('recipientsAtLeast', d.recipients.length) : t('recipientsLabel', d.recipients.length)}</p>
              <ul class="rcpts">
                {d.recipients.slice(0, MAX_LISTED_RECIPIENTS).map((r) => (
                  <li>
                    <span class="addr">{r.address === null ? t('unknownRecipient') : <NoticeText text={r.address} />}</span>
                    {codes(r) && <code>{codes(r)}</code>}
                    <VerdictChip r={r} />
                  </li>
                ))}
              </ul>
              {d.recipients.length > MAX_LISTED_RECIPIENTS && (
                <p class="more">{t('moreRecipients', d.recipients.length - MAX_LISTED_RECIPIENTS)}</p>
              )}
            </>
          )}
          {d.recipients.length > 0 && (
            <details>
              <summary>{t('detailsSummary')}</summary>
              {d.recipients.slice(0, MAX_LISTED_RECIPIENTS).map((r, i) => (
                <>
                  {i > 0 && <hr class="sep" />}
                  <Details r={r} d={d} nowMs={nowMs} clock={clock} />
                </>
              ))}
            </details>
          )}
        </div>
      </section>
    </div>
  );
}
