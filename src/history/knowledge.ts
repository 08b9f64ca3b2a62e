/**
 * The history's two questions to the knowledge base. Kept apart from history.ts so that the content
 * script, which only words the note, does not bundle the knowledge base (its size budget).
 */
import { adviceGroups, advise, getCause, ifPersistsActor, noticeHeadline } from '../core/knowledge/index';
import { reporterById } from '../core/reporters/index';
import type { Actor, Diagnosis, RecipientStatus } from '../core/types';
import type { HistoryEntry } from './history';

/**
 * Who should look into a cause that clears by itself yet keeps coming back (its "if it persists" actor, which
 * may depend on the system that wrote the notice).
 */
export function persistsActor(causeId: string, reporter: string | null): Actor | null {
  const cause = getCause(causeId);
  if (!cause || cause.temporary !== 'clears-by-itself') return null;
  const actor = ifPersistsActor(cause, reporter);
  return actor === 'nobody' ? null : actor;
}

/**
 * A listed notice as the panel shows it: the kept facts plus the knowledge base's advice for them. The
 * server's words, the remote host, the retry window and whether it was forwarded were never kept, so the
 * panel shows none of them.
 */
export function diagnosisFromEntry(e: HistoryEntry, language = 'en'): Diagnosis {
  const recipients: RecipientStatus[] = e.recipients.map(({ evidence, ...r }) => ({
    ...r,
    // The kind of evidence is kept, its words are not: the panel shows the reason without a quote.
    reasonEvidence: { kind: evidence ?? 'none', text: '' },
    diagnostic: null,
    remoteMta: null,
    remoteIp: null,
    sendingIp: null,
    retryUntil: null,
  }));
  const primary = recipients[0];
  const groups = adviceGroups(recipients, e.kind, e.reporter, language);
  return {
    bounce: true,
    kind: e.kind,
    reporter: e.reporter,
    reporterName: e.reporter ? (reporterById(e.reporter)?.name ?? null) : null,
    recipients,
    advice: primary ? advise({ recipient: primary, kind: e.kind, reporter: e.reporter, language }) : null,
    headline: noticeHeadline(recipients, groups, language),
    groups,
    date: new Date(e.at).toISOString(),
    reportingMta: null,
    input: 'rendered',
    forwarded: false,
  };
}
