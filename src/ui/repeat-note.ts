import type { RepeatNote } from '../history/history';
import { actorLabel, type ClockOptions } from './format';
import { t } from './i18n';

/**
 * The language of the messages file in use (its "messagesLocale" entry), so "3rd" and "Monday" are worded
 * in the language of the sentence around them. English when the file does not say or the tag is invalid.
 */
function messagesLocale(clock: ClockOptions): string {
  const candidates = [clock.locale, t('messagesLocale'), 'en'];
  for (const tag of candidates) {
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      // Not a language tag (e.g. the key itself, when no message source is set): try the next.
    }
  }
  return 'en';
}

/** "3rd": the plural rules pick the form, the messages file spells it. */
export function ordinal(n: number, locale: string): string {
  let form: Intl.LDMLPluralRule = 'other';
  try {
    form = new Intl.PluralRules(locale, { type: 'ordinal' }).select(n);
  } catch {
    // keep 'other'
  }
  switch (form) {
    case 'zero':
      return t('ordinalZero', n);
    case 'one':
      return t('ordinalOne', n);
    case 'two':
      return t('ordinalTwo', n);
    case 'few':
      return t('ordinalFew', n);
    case 'many':
      return t('ordinalMany', n);
    default:
      return t('ordinalOther', n);
  }
}

/** "Monday" within the last six days, else "2 Mar": when the repeats began. */
function sinceText(since: number, nowMs: number, locale: string, clock: ClockOptions): string {
  const recent = nowMs - since < 6 * 24 * 3600_000;
  const fmt = new Intl.DateTimeFormat(locale, {
    ...(recent ? { weekday: 'long' } : { day: 'numeric', month: 'short' }),
    ...(clock.timeZone ? { timeZone: clock.timeZone } : {}),
  });
  return fmt.format(new Date(since));
}

/** "3rd delay from example.org since Monday." */
export function repeatText(note: RepeatNote, nowMs: number, clock: ClockOptions = {}): string {
  const locale = messagesLocale(clock);
  const key = note.delaysOnly ? 'repeatDelays' : 'repeatTemporary';
  return t(key, ordinal(note.ordinal, locale), note.domain, sinceText(note.since, nowMs, locale, clock));
}

/** For a cause that clears by itself: who should look into it when it keeps coming back; null otherwise. */
export function persistsText(note: RepeatNote): string | null {
  return note.persists ? t('repeatPersists', actorLabel(note.persists)) : null;
}
