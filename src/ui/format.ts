import type { Actor, Diagnosis, RecipientStatus, RetryWindow } from '../core/types';
import { t } from './i18n';

export function actorLabel(actor: Actor): string {
  switch (actor) {
    case 'sender':
      return t('actorSender');
    case 'sender-admin':
      return t('actorSenderAdmin');
    case 'recipient':
      return t('actorRecipient');
    case 'recipient-admin':
      return t('actorRecipientAdmin');
    default:
      return t('actorNobody');
  }
}

/**
 * The webmail shows the mail system's own card above the notice's text: Gmail's "Address not found" /
 * "Delivery incomplete" and Microsoft 365's "Your message to … couldn't be delivered" (rendered notices of
 * those systems). The panel then keeps to what the card does not say.
 */
export function showsNativeCard(d: Pick<Diagnosis, 'input' | 'reporter'>): boolean {
  return d.input === 'rendered' && (d.reporter === 'gmail' || d.reporter === 'office365');
}

/** The sending server was still retrying this recipient when the notice was written. */
export function retrying(r: RecipientStatus, d: Diagnosis): boolean {
  return r.action === 'delayed' || (r.action == null && d.kind === 'delay');
}

/** The coarse reason and what decided it: "mailboxfull — decided by the server's words: “mailbox full”". */
export function reasonLine(r: Pick<RecipientStatus, 'reason' | 'reasonEvidence'>): string {
  const { kind, text } = r.reasonEvidence;
  // Evidence without its words (a notice reopened from the recent-bounces list): the reason alone.
  if (kind !== 'none' && !text) return r.reason;
  switch (kind) {
    case 'provider':
      return t('evidenceProvider', r.reason, text);
    case 'words':
      return t('evidenceWords', r.reason, text);
    case 'status':
      return t('evidenceStatus', r.reason, text);
    case 'reply':
      return t('evidenceReply', r.reason, text);
    case 'stage':
      return t('evidenceStage', r.reason, text);
    case 'reporter':
      return t('evidenceReporter', r.reason, text);
    default:
      return t('evidenceNone', r.reason);
  }
}

/** "450 4.2.1" — the two codes people search for, in the order servers print them. */
export function codes(r: Pick<RecipientStatus, 'reply' | 'status'>): string {
  return [r.reply == null ? null : String(r.reply), r.status].filter((x): x is string => !!x).join(' ');
}

export function formatLeft(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return t('leftMinutes', minutes);
  // Rounded, so a notice saying "46 more hours" reads "46 h left" when it arrives, not 45.
  const hours = Math.round(minutes / 60);
  if (hours < 72) return t('leftHours', hours);
  return t('leftDaysHours', Math.floor(hours / 24), hours % 24);
}

export interface ClockOptions {
  locale?: string | undefined;
  timeZone?: string | undefined;
}

/**
 * "Sat 14:00", with the date added when it is more than six days away so the weekday is unambiguous, or
 * always (`withDate`) for a moment in the past, which is read as a date.
 */
export function formatUntil(until: Date, now: Date, opts: ClockOptions = {}, withDate = false): string {
  const far = withDate || Math.abs(until.getTime() - now.getTime()) > 6 * 24 * 3600_000;
  const fmt = new Intl.DateTimeFormat(opts.locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(far ? { day: 'numeric', month: 'short' } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  });
  return fmt.format(until).replace(',', '');
}

/** The window is known to be over: the sending server no longer retries (an older delay notice). */
export function retryEnded(w: RetryWindow | null, nowMs: number): boolean {
  if (!w?.until) return false;
  const ms = Date.parse(w.until);
  return Number.isFinite(ms) && ms <= nowMs;
}

/** The retry sentence for a window, or null when nothing useful is known. */
export function retryText(w: RetryWindow | null, nowMs: number, opts: ClockOptions = {}): string | null {
  if (!w) return null;
  const until = w.until ? new Date(w.until) : null;
  if (until && !Number.isNaN(until.getTime())) {
    const left = until.getTime() - nowMs;
    if (left <= 0) return null;
    return t('retryUntil', formatUntil(until, new Date(nowMs), opts), formatLeft(left));
  }
  if (w.hours != null && w.hours > 0) return t('retryFor', Math.round(w.hours));
  return null;
}
