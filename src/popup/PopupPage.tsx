import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Diagnosis } from '../core/types';
import type { KeyValueArea } from '../content/storage';
import { entryFor, findRepeat, listHistory, type HistoryEntry, type RepeatNote } from '../history/history';
import { diagnosisFromEntry, persistsActor } from '../history/knowledge';
import { HISTORY_KEY, HISTORY_OFF_KEY, isHistoryOff, readHistory } from '../history/store';
import { actorLabel, codes } from '../ui/format';
import { t } from '../ui/i18n';
import { mountPanel, type PanelHandle } from '../ui/mount';
import type { Theme } from '../ui/Panel';
import { analyzeFileBytes, analyzePasted, checkFileSize, type Checked, type InputProblem } from './input';

/** Where storage changes come from (browser.storage.onChanged); absent in tests that do not need it. */
export interface ChangeSource {
  addListener(fn: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(fn: (changes: Record<string, unknown>, areaName: string) => void): void;
}

export interface PopupProps {
  area: KeyValueArea;
  changes?: ChangeSource | null;
  openOptions?: () => void;
  /** Injected for tests; Date.now otherwise. */
  now?: () => number;
  /** The language the advice is written in (the UI strings' own, see applyUiLanguage). */
  language?: string;
}

type Answer =
  | { type: 'none' }
  | { type: 'working' }
  | { type: 'error'; text: string }
  | { type: 'not-a-bounce'; text: string; hint: string | null }
  | { type: 'panel'; diagnosis: Diagnosis; repeat: RepeatNote | null; key: string };

/** `name`: the file's name, or null for pasted text. */
function problemText(problem: InputProblem, name: string | null): string {
  switch (problem) {
    case 'empty':
      return name === null ? t('popupErrorEmpty') : t('popupErrorEmptyFile', name);
    case 'too-big':
      return t('popupErrorTooBig', name ?? t('popupPastedText'));
    default:
      return t('popupErrorBinary', name ?? t('popupPastedText'));
  }
}

function notBounceText(d: Diagnosis): string {
  switch (d.kind) {
    case 'delivered':
      return t('popupNotBounceDelivered');
    case 'autoreply':
      return t('popupNotBounceAutoreply');
    case 'feedback':
      return t('popupNotBounceFeedback');
    default:
      return t('popupNotBounce');
  }
}

function useColorScheme(): Theme {
  const query = useMemo(() => {
    try {
      return window.matchMedia('(prefers-color-scheme: dark)');
    } catch {
      return null;
    }
  }, []);
  const [dark, setDark] = useState(() => query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const on = () => setDark(query.matches);
    // The scheme may have changed between the first render and this effect: read it again, then follow it.
    on();
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, [query]);
  return dark ? 'dark' : 'light';
}

/** The inline panel itself (same component, same shadow-DOM host and data-* contract), mounted in the popup. */
function PanelSlot({ diagnosis, repeat, slotKey, theme, language, onClose }: { diagnosis: Diagnosis; repeat: RepeatNote | null; slotKey: string; theme: Theme; language: string; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const parent = ref.current;
    if (!parent) return undefined;
    let handle: PanelHandle | null = mountPanel({
      parent,
      before: null,
      messageKey: slotKey,
      diagnosis,
      repeat,
      initialCollapsed: false,
      onCollapsedChange: () => {},
      onDismiss: () => close.current(),
      // no mail system's card beside it here: the whole explanation
      compact: false,
      language,
      clock: { locale: language },
      theme,
    });
    return () => {
      handle?.unmount();
      handle = null;
    };
  }, [diagnosis, repeat, slotKey, theme]);
  return <div ref={ref} class="slot" />;
}

function formatSeen(ms: number): string {
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

function HistoryItem({ entry, onOpen }: { entry: HistoryEntry; onOpen: (e: HistoryEntry) => void }) {
  const primary = entry.recipients[0];
  const others = entry.recipients.length - 1 + entry.more;
  const code = primary ? codes(primary) : '';
  const verdict = !primary ? '' : primary.verdict === 'wait' ? t('verdictWait') : t('verdictAct', actorLabel(primary.actor));
  const when = formatSeen(entry.seen);
  const address = primary?.address ?? t('unknownRecipient');
  return (
    <li>
      <button type="button" class="item" data-bounce-lens="history-item" data-history-id={entry.id} onClick={() => onOpen(entry)}>
        <span class="line1">
          <span class="addr">{address}</span>
          {others > 0 && <span class="more"> +{others}</span>}
        </span>
        <span class="line2">
          {code && <code>{code}</code>}
          <span>{primary?.reason}</span>
          <span class={`chip ${primary?.verdict ?? 'act'}`}>{verdict}</span>
        </span>
        <span class="line3">
          <time dateTime={new Date(entry.seen).toISOString()}>{when}</time> · {entry.site} · {entry.kind === 'delay' ? t('kindDelay') : t('kindFailure')}
        </span>
      </button>
    </li>
  );
}

export function Popup({ area, changes = null, openOptions, now = Date.now, language = 'en' }: PopupProps) {
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Answer>({ type: 'none' });
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [historyOff, setHistoryOff] = useState(false);
  const [filter, setFilter] = useState('');
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  /** Counts answers, so tests and the benchmark can tell a new answer from an identical earlier one. */
  const [answerSeq, setAnswerSeq] = useState(0);
  const resultRef = useRef<HTMLElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const runs = useRef(0);
  const theme = useColorScheme();

  useEffect(() => {
    let live = true;
    const load = () =>
      Promise.all([readHistory(area), isHistoryOff(area)]).then(
        ([list, off]) => {
          if (!live) return;
          setHistory(list);
          setHistoryOff(off);
        },
        () => live && setHistory([]),
      );
    void load();
    const onChanged = (c: Record<string, unknown>, areaName: string) => {
      if (areaName === 'local' && (HISTORY_KEY in c || HISTORY_OFF_KEY in c)) void load();
    };
    changes?.addListener(onChanged);
    return () => {
      live = false;
      changes?.removeListener(onChanged);
    };
  }, [area, changes]);

  const show = (next: Answer, announce: string) => {
    setAnswer(next);
    setAnnouncement(announce);
    setAnswerSeq((n) => n + 1);
  };

  /** Turns an analyzer result into the answer: the panel, "not a bounce", or the input's problem. */
  const present = (checked: Checked<Diagnosis>, name: string | null) => {
    const run = ++runs.current;
    if (!checked.ok) {
      const message = problemText(checked.problem, name);
      show({ type: 'error', text: message }, message);
      return;
    }
    const d = checked.value;
    if (!d.bounce) {
      const message = notBounceText(d);
      // Pasted body text alone carries no subject or sender, which the analyzer also reads.
      const hint = name === null && d.kind === null && d.input === 'rendered' ? t('popupNotBounceHint') : null;
      show({ type: 'not-a-bounce', text: message, hint }, hint ? `${message} ${hint}` : message);
      return;
    }
    // A pasted notice is compared with the history but not added to it (the history lists what was seen in webmail).
    const facts = entryFor(d, { id: '', site: '', seen: now() });
    const repeat = facts && history ? findRepeat(history, facts, persistsActor) : null;
    show({ type: 'panel', diagnosis: d, repeat, key: `popup:${run}` }, d.headline ?? '');
  };

  // The text area's own value: a click right after a change must not read the text of the previous render.
  const analyzeText = (value = pasteRef.current?.value ?? text) => present(analyzePasted(value, language), null);

  const analyzeFile = async (file: File | null | undefined) => {
    if (!file) return;
    const sizeProblem = checkFileSize(file.size);
    if (sizeProblem) {
      present({ ok: false, problem: sizeProblem }, file.name);
      return;
    }
    show({ type: 'working' }, t('popupWorking'));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      const message = t('popupErrorRead', file.name);
      show({ type: 'error', text: message }, message);
      return;
    }
    present(analyzeFileBytes(bytes, language), file.name);
  };

  const openEntry = (e: HistoryEntry) => {
    const d = diagnosisFromEntry(e, language);
    const repeat = history ? findRepeat(history, e, persistsActor) : null;
    show({ type: 'panel', diagnosis: d, repeat, key: `history:${e.id}` }, d.headline ?? '');
    // Keyboard and screen-reader users land on the answer they asked for.
    requestAnimationFrame(() => {
      resultRef.current?.scrollIntoView?.({ block: 'nearest' });
      resultRef.current?.focus();
    });
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dt = e.dataTransfer;
    const file = dt?.files?.[0];
    if (file) {
      void analyzeFile(file);
      return;
    }
    const dropped = dt?.getData('text/plain') ?? '';
    if (dropped) {
      setText(dropped);
      analyzeText(dropped);
    }
  };

  const listed = history ? listHistory(history, filter) : [];

  return (
    <main
      class={dragging ? 'popup dragging' : 'popup'}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.target === e.currentTarget) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header>
        <h1>{t('popupTitle')}</h1>
        {openOptions && (
          <button type="button" class="link" onClick={openOptions}>
            {t('popupSettings')}
          </button>
        )}
      </header>

      <section class="input" data-bounce-lens="drop-zone">
        <label for="bl-paste">{t('popupPasteLabel')}</label>
        <textarea
          id="bl-paste"
          ref={pasteRef}
          data-bounce-lens="paste-input"
          rows={6}
          spellcheck={false}
          value={text}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLTextAreaElement).value;
            setText(value);
            // A paste or a dropped text is a whole notice: answer at once. Typing waits for the button.
            const kind = (e as InputEvent).inputType;
            if (kind === 'insertFromPaste' || kind === 'insertFromDrop') analyzeText(value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              analyzeText();
            }
          }}
        />
        <div class="row">
          <button type="button" class="primary" data-bounce-lens="analyze" onClick={() => analyzeText()}>
            {t('popupAnalyze')}
          </button>
          <label class="file">
            <span>{t('popupFileLabel')}</span>
            <input
              type="file"
              data-bounce-lens="file-input"
              accept=".eml,.txt,message/rfc822,text/plain"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                void analyzeFile(input.files?.[0]).finally(() => {
                  // Choosing the same file again must answer again.
                  input.value = '';
                });
              }}
            />
          </label>
        </div>
      </section>

      <section class="result" ref={resultRef} tabIndex={-1} aria-label={t('popupResult')} data-bounce-lens="result" data-answer={answer.type} data-answer-seq={answerSeq}>
        <p class="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
        {answer.type === 'working' && <p class="muted">{t('popupWorking')}</p>}
        {answer.type === 'error' && (
          <p class="error" role="alert" data-bounce-lens="error">
            {answer.text}
          </p>
        )}
        {answer.type === 'not-a-bounce' && (
          <div class="not-bounce" data-bounce-lens="not-a-bounce">
            <p>{answer.text}</p>
            {answer.hint && <p class="muted">{answer.hint}</p>}
          </div>
        )}
        {answer.type === 'panel' && (
          <PanelSlot
            language={language}
            diagnosis={answer.diagnosis}
            repeat={answer.repeat}
            slotKey={answer.key}
            theme={theme}
            onClose={() => show({ type: 'none' }, '')}
          />
        )}
      </section>

      <section class="history" aria-labelledby="bl-history-h" data-bounce-lens="history">
        <h2 id="bl-history-h">{t('popupHistory')}</h2>
        {historyOff ? (
          <p class="muted" data-bounce-lens="history-off">
            {t('popupHistoryOff')}
          </p>
        ) : history && history.length === 0 ? (
          <p class="muted" data-bounce-lens="history-empty">
            {t('popupHistoryEmpty')}
          </p>
        ) : history ? (
          <>
            <input
              type="search"
              class="filter"
              data-bounce-lens="history-filter"
              aria-label={t('popupHistoryFilter')}
              placeholder={t('popupHistoryFilter')}
              value={filter}
              onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
            />
            <p class="muted count" aria-live="polite">
              {t('popupHistoryCount', listed.length, history.length)}
            </p>
            {listed.length === 0 ? (
              <p class="muted">{t('popupHistoryNoMatch')}</p>
            ) : (
              <ul data-bounce-lens="history-list">
                {listed.map((e) => (
                  <HistoryItem key={e.id} entry={e} onOpen={openEntry} />
                ))}
              </ul>
            )}
          </>
        ) : null}
      </section>

      <p class="muted note">{t('popupLocal')}</p>
    </main>
  );
}
