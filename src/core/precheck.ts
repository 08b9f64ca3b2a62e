// Kept apart from the analyzer so the content script can bundle it alone (a few hundred bytes).

/**
 * Cheap pre-check for the content script: false means "certainly not a bounce, skip".
 * Any one sign is enough: a daemon-like sender, notice wording in the subject, or an SMTP status
 * in the first part of the text. analyze() makes the real decision.
 */
const MIGHT_SUBJECT = /undeliver|undelivered|deliver|returned|failure|failed|delay|warning|notice|non remis|unzustellbar|recapitabil|entregar|entregue|onbestelbaar|olevererbart|配信|不達|エラー|доставлен|ошибк|mail system|bounce|rejected|blocked|error/i;
// Must cover every sender analyze() treats as a mail system (DAEMON_FROM in notice-language.ts).
const MIGHT_FROM = /mailer-daemon|postmaster|mail delivery|daemon|delivery subsystem|mail administrator|post_master|mail\.delivery|ndr|bounce|microsoftexchange|microsoft outlook|-admin@|-owner@|-request@|owner-/i;
// Any SMTP code, a DSN field, or a word every notice family prints (decisive phrases included).
const MIGHT_TEXT = /(?<![\w.])[245]\.\d{1,3}\.\d{1,3}(?![\w.])|(?<![\w.])[45]\d\d[ -]|deliver|undeliver|remote server|diagnostic|final-recipient|original-recipient|mail system|permanent error|transcript|rcpt to|address\(es\) failed|addresses had|did not reach|qmail-send|mailer-daemon|zugestellt|remis|recapit|entreg|bezorg|配信|доставлен/i;
export function mightBeBounce(text: string, subject?: string | null, from?: string | null): boolean {
  if (from && MIGHT_FROM.test(from)) return true;
  if (subject && MIGHT_SUBJECT.test(subject)) return true;
  if (!text) return false;
  return MIGHT_TEXT.test(text.length > 20_000 ? text.slice(0, 20_000) : text);
}
