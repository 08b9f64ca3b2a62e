/**
 * How long the sending server keeps retrying: from the DSN's Will-Retry-Until, from what the
 * notice says, or from the reporter's documented default. Phrasings are data.
 */
import { defaultRetryWindow } from './knowledge/index';
import type { RetryWindow } from './types';

interface RetryPhrase {
  pattern: RegExp;
  /** Hours of retrying still ahead, from the match. */
  remaining(match: RegExpExecArray): number | null;
  /** True when the figure counts from the message's arrival rather than from the notice. */
  sinceArrival?: boolean;
}

const n = (text: string | undefined): number => (text ? Number(text) : 0);

const RETRY_PHRASES: readonly RetryPhrase[] = [
  // "Gmail will retry for 46 more hours", "will retry for 2 more days"
  { pattern: /will (?:retry|keep trying) for (?:another |the next )?(\d{1,4}) (?:more )?(hour|day)s?/i, remaining: (m) => n(m[1]) * (m[2]!.toLowerCase() === 'day' ? 24 : 1) },
  // "Message will be retried for 2 more day(s)"
  { pattern: /will be retried for (\d{1,4}) more (hour|day)\(?s?\)?/i, remaining: (m) => n(m[1]) * (m[2]!.toLowerCase() === 'day' ? 24 : 1) },
  // Exchange: "will keep trying to deliver this message for the next 1 days, 19 hours and 43 minutes"
  {
    pattern: /for the next (?:(\d{1,3}) days?,? ?)?(?:(\d{1,3}) hours?)?(?:,? ?(?:and )?(\d{1,3}) minutes?)?/i,
    remaining: (m) => (m[1] || m[2] || m[3] ? n(m[1]) * 24 + n(m[2]) + Math.round((n(m[3]) / 60) * 10) / 10 : null),
  },
  // Sendmail "Will keep trying until message is 5 days old", Postfix "retried until it is 5 day(s) old"
  { pattern: /until (?:the )?(?:message|it) is (\d{1,3}(?:\.\d{1,2})?) (hour|day)\(?s?\)? old/i, remaining: (m) => n(m[1]) * (m[2]!.toLowerCase() === 'day' ? 24 : 1), sinceArrival: true },
  // "still being retried ... until N day(s) old"
  { pattern: /until (\d{1,3}) (hour|day)\(?s?\)? old/i, remaining: (m) => n(m[1]) * (m[2]!.toLowerCase() === 'day' ? 24 : 1), sinceArrival: true },
];

/** Elapsed time a delay notice states ("delayed 24 hours", "for past 4 hours", "for more than 4 hours"). */
const ELAPSED_PHRASES: readonly RegExp[] = [
  /delayed (?:for )?(?:more than )?(\d{1,4}) (hour|day|minute)s?/i,
  /for (?:the )?past (\d{1,4}) (hour|day|minute)s?/i,
  /for more than (\d{1,4}) (hour|day|minute)s?/i,
];

function elapsedHours(text: string): number | null {
  for (const pattern of ELAPSED_PHRASES) {
    const match = pattern.exec(text);
    if (match) {
      const unit = match[2]!.toLowerCase();
      return Number(match[1]) * (unit === 'day' ? 24 : unit === 'minute' ? 1 / 60 : 1);
    }
  }
  return null;
}

const HOUR = 3_600_000;

export function parseDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const cleaned = value.replace(/\([^()]{0,80}\)/g, ' ').replace(/\s+/g, ' ').trim();
  const time = Date.parse(cleaned);
  return Number.isFinite(time) ? time : null;
}

function round(hours: number): number {
  return Math.round(hours * 10) / 10;
}

export function retryWindow(options: {
  willRetryUntil: string | null;
  text: string;
  reporter: string | null;
  reporterName: string | null;
  noticeTime: number | null;
}): RetryWindow | null {
  const { willRetryUntil, text, reporter, noticeTime } = options;
  const until = parseDate(willRetryUntil);
  if (until !== null) {
    return {
      until: new Date(until).toISOString(),
      hours: noticeTime !== null ? round(Math.max(0, (until - noticeTime) / HOUR)) : null,
      source: 'will-retry-until',
      note: `Will-Retry-Until: ${willRetryUntil}`,
    };
  }
  const bounded = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const phrase of RETRY_PHRASES) {
    const match = phrase.pattern.exec(bounded);
    if (!match) continue;
    let hours = phrase.remaining(match);
    if (hours === null) continue;
    if (phrase.sinceArrival) {
      const elapsed = elapsedHours(bounded);
      if (elapsed !== null && elapsed < hours) hours -= elapsed;
    }
    return {
      until: noticeTime !== null ? new Date(noticeTime + hours * HOUR).toISOString() : null,
      hours: round(hours),
      source: 'notice-text',
      note: match[0].replace(/\s+/g, ' ').trim(),
    };
  }
  const fallback = defaultRetryWindow(reporter);
  if (!fallback) return null;
  const elapsed = elapsedHours(bounded);
  const hours = elapsed !== null && elapsed < fallback.hours ? fallback.hours - elapsed : fallback.hours;
  return {
    until: noticeTime !== null ? new Date(noticeTime + hours * HOUR).toISOString() : null,
    hours: round(hours),
    source: 'reporter-default',
    note: elapsed !== null ? `${fallback.note}; ${round(elapsed)} h already elapsed` : fallback.note,
  };
}
