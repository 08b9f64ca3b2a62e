import type { SourceKey } from './sources';

/**
 * How long sending systems keep retrying by default. Keys are lowercase reporter-id fragments
 * (matched as substrings, first entry wins, so more specific ids come first).
 */
export interface RetryDefault {
  reporters: readonly string[];
  system: string;
  hours: number;
  note: string;
  source: SourceKey;
}

export const RETRY_DEFAULTS: readonly RetryDefault[] = [
  { reporters: ['office365', 'exchangeonline', 'microsoft365', 'outlook'], system: 'Microsoft Exchange Online', hours: 24, note: 'Exchange Online default message expiration: 24 hours', source: 'exoExpiry' },
  { reporters: ['exchange'], system: 'Microsoft Exchange Server', hours: 48, note: 'Exchange Server default MessageExpirationTimeout: 2 days', source: 'exchangeOnPrem' },
  { reporters: ['gmail', 'gsuite', 'googleworkspace', 'google'], system: 'Gmail / Google Workspace', hours: 48, note: 'Gmail retries for about 48 hours (as its delay notices state)', source: 'gmailErrors' },
  { reporters: ['postfix'], system: 'Postfix', hours: 120, note: 'Postfix default maximal_queue_lifetime: 5 days', source: 'postfix' },
  { reporters: ['exim'], system: 'Exim', hours: 96, note: 'Exim default retry rule gives up after 4 days', source: 'exim' },
  { reporters: ['sendmail'], system: 'Sendmail', hours: 120, note: 'Sendmail default Timeout.queuereturn: 5 days', source: 'sendmail' },
  { reporters: ['qmail'], system: 'qmail', hours: 168, note: 'qmail default queuelifetime: 7 days (604800 s)', source: 'qmail' },
  { reporters: ['sendgrid'], system: 'SendGrid', hours: 72, note: 'SendGrid retries deferred mail for 72 hours', source: 'sendgrid' },
  { reporters: ['mailgun'], system: 'Mailgun', hours: 8, note: 'Mailgun retries for about 8 hours', source: 'mailgun' },
  { reporters: ['sparkpost'], system: 'SparkPost', hours: 72, note: 'SparkPost retries for up to 72 hours (third-party summary)', source: 'sparkpost' },
  { reporters: ['trellix'], system: 'Trellix Email Security', hours: 120, note: 'Trellix default max queue lifetime: 5 days', source: 'trellix' },
  { reporters: ['rfc5321'], system: 'RFC 5321 guidance', hours: 96, note: 'RFC 5321 recommends retrying for at least 4-5 days', source: 'rfc5321' },
];

export function defaultRetryFor(reporter: string | null): RetryDefault | undefined {
  const id = (reporter ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!id) return undefined;
  return RETRY_DEFAULTS.find((d) => d.reporters.some((r) => id.includes(r)));
}
