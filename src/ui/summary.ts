import type { Diagnosis, RecipientStatus } from '../core/types';
import type { RepeatNote } from '../history/history';
import { actorLabel, codes, headline, retrying, retryEnded, retryText, type ClockOptions } from './format';
import { t } from './i18n';
import { persistsText, repeatText } from './repeat-note';

/** As many recipients as the panel lists; the rest are counted. */
const MAX_SUMMARY_RECIPIENTS = 50;

export interface SummaryInput {
  diagnosis: Diagnosis;
  repeat?: RepeatNote | null | undefined;
  nowMs: number;
  clock?: ClockOptions;
}

/** A multi-line value (the server's words) indented under its label, so the summary stays readable when pasted. */
function indentLines(text: string, indent: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .join(`\n${indent}`);
}

function recipientLines(r: RecipientStatus, d: Diagnosis, nowMs: number, clock: ClockOptions): string[] {
  const lines = [`- ${r.address ?? t('unknownRecipient')}`];
  const add = (line: string | null) => {
    if (line) lines.push(`  ${line}`);
  };
  const c = codes(r);
  add(c ? t('summaryCodes', c) : null);
  add(r.diagnostic ? t('summaryServerSaid', indentLines(r.diagnostic, '    ')) : null);
  add(r.remoteMta ? t('summaryRemoteHost', r.remoteMta) : null);
  add(t('summaryVerdict', r.verdict === 'wait' ? t('verdictWait') : t('verdictAct', actorLabel(r.actor))));
  add(retrying(r, d) ? retryText(r.retryUntil, nowMs, clock) : null);
  return lines;
}

/**
 * The panel's content as plain text for a mail or a ticket: what happened, each recipient's codes, the
 * server's words and remote host, who must act and the steps, and that Bounce Lens analysed it locally.
 * Plain text only: it is put on the clipboard as text/plain and nothing in it is ever read as markup.
 */
export function summaryText({ diagnosis: d, repeat, nowMs, clock = {} }: SummaryInput): string {
  const primary = d.recipients[0] ?? null;
  const retry = primary && retrying(primary, d) ? primary.retryUntil : null;
  const verdict = primary?.verdict ?? 'act';
  // The same reading as the panel: an older delay notice whose retries are over says so instead of "Wait".
  const ended = verdict === 'wait' && retryEnded(retry, nowMs);
  const advice = d.advice;
  const blocks: string[][] = [];

  const head = [t('summaryTitle', ended ? t('headlineEnded') : headline(d))];
  const what = advice?.explanation || (verdict === 'wait' && !ended ? t('waitNoResend') : '');
  if (what) head.push(t('summaryWhatHappened', what));
  if (d.reporterName) head.push(t('summaryReportedBy', d.reporterName));
  blocks.push(head);

  if (d.recipients.length) {
    const list = [t('recipientsLabel', d.recipients.length)];
    for (const r of d.recipients.slice(0, MAX_SUMMARY_RECIPIENTS)) list.push(...recipientLines(r, d, nowMs, clock));
    if (d.recipients.length > MAX_SUMMARY_RECIPIENTS) list.push(t('moreRecipients', d.recipients.length - MAX_SUMMARY_RECIPIENTS));
    blocks.push(list);
  }

  // Repeats change the advice, so they come before it.
  if (repeat) blocks.push([repeatText(repeat, nowMs, clock), persistsText(repeat)].filter((s): s is string => !!s));

  const act: string[] = [];
  if (ended) act.push(t('summaryWhoActs', t('actorNobody')));
  else if (verdict === 'wait') act.push(t('summaryWhoActsWait'));
  else act.push(t('summaryWhoActs', actorLabel(primary?.actor ?? 'sender')));
  if (!ended && advice && advice.steps.length) {
    act.push(t('stepsLabel'));
    advice.steps.forEach((s, i) => act.push(`${i + 1}. ${s}`));
  }
  if (advice && advice.dnsExamples.length) {
    act.push(t('dnsLabel'));
    for (const rec of advice.dnsExamples) act.push(`  ${rec}`);
  }
  blocks.push(act);

  blocks.push([t('summaryFooter')]);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
