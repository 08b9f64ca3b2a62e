import type { AdviceGroup, Diagnosis, RecipientStatus } from '../core/types';
import type { RepeatNote } from '../history/history';
import { codes, retrying, retryEnded, retryText, type ClockOptions } from './format';
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

function recipientLines(r: RecipientStatus): string[] {
  const lines = [`- ${r.address ?? t('unknownRecipient')}`];
  const add = (line: string | null) => {
    if (line) lines.push(`  ${line}`);
  };
  const c = codes(r);
  add(c ? t('summaryCodes', c) : null);
  add(r.diagnostic ? t('summaryServerSaid', indentLines(r.diagnostic, '    ')) : null);
  add(r.remoteMta || r.remoteIp ? t('summaryRemoteHost', [r.remoteMta, r.remoteIp && `[${r.remoteIp}]`].filter(Boolean).join(' ')) : null);
  add(r.sendingIp ? `${t('detailSendingIp')}: ${r.sendingIp}` : null);
  add(r.action ? `${t('detailDsnAction')}: ${r.action}` : null);
  return lines;
}

function groupsOf(d: Diagnosis): AdviceGroup[] {
  if (d.groups?.length) return d.groups;
  return d.advice && d.recipients.length > 0 ? [{ cause: d.recipients[0]!.cause, recipients: [0], advice: d.advice }] : [];
}

/**
 * The panel's content as plain text for a mail or a ticket: what happened and what to do, then for the IT
 * admin the technical explanation, each recipient's codes, the server's words and remote host, and that
 * Bounce Lens analysed it locally. Plain text only: it is put on the clipboard as text/plain and nothing in
 * it is ever read as markup.
 */
export function summaryText({ diagnosis: d, repeat, nowMs, clock = {} }: SummaryInput): string {
  const primary = d.recipients[0] ?? null;
  const retry = primary && retrying(primary, d) ? primary.retryUntil : null;
  const groups = groupsOf(d);
  const waiting = groups.length > 0 && groups.every((g) => d.recipients[g.recipients[0]!]?.verdict === 'wait');
  // The same reading as the panel: an older delay notice whose retries are over says so instead of "Wait".
  const ended = waiting && retryEnded(retry, nowMs);
  const blocks: string[][] = [];

  const head = [t('summaryTitle', ended ? t('headlineEnded') : (d.headline ?? d.advice?.headline ?? ''))];
  const retryLine = ended ? null : retryText(retry, nowMs, clock);
  if (retryLine) head.push(retryLine);
  if (d.reporterName) head.push(t('summaryReportedBy', d.reporterName));
  blocks.push(head);

  // Repeats change the advice, so they come before it.
  if (repeat) blocks.push([repeatText(repeat, nowMs, clock), persistsText(repeat)].filter((s): s is string => !!s));

  if (groups.length > 0) {
    const you = [`${t('youDoLabel')}:`];
    if (ended) you.push(t('endedExplanation'));
    else {
      for (const group of groups) {
        if (groups.length > 1) you.push(group.advice.headline);
        const steps = [...group.advice.steps, ...(group.advice.resend ? [group.advice.resend.text] : [])];
        steps.forEach((step, i) => you.push(`${i + 1}. ${step}`));
      }
    }
    blocks.push(you);

    const admin = [`${t('forAdminLabel')}:`];
    for (const group of groups) {
      admin.push(`${group.advice.title}. ${group.advice.explanation}`);
      group.advice.adminSteps.forEach((step) => admin.push(`- ${step}`));
      if (group.advice.dnsExamples.length) {
        admin.push(t('dnsLabel'));
        for (const rec of group.advice.dnsExamples) admin.push(`  ${rec}`);
      }
    }
    blocks.push(admin);
  }

  if (d.recipients.length) {
    const list = [t('recipientsLabel', d.recipients.length)];
    for (const r of d.recipients.slice(0, MAX_SUMMARY_RECIPIENTS)) list.push(...recipientLines(r));
    if (d.recipients.length > MAX_SUMMARY_RECIPIENTS) list.push(t('moreRecipients', d.recipients.length - MAX_SUMMARY_RECIPIENTS));
    blocks.push(list);
  }

  blocks.push([t('summaryFooter')]);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
