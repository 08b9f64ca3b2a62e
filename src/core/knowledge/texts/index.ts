import type { AdviceStrings, CauseText } from './types';

/** One language's texts: a file `<code>.ts` beside this one exports both. */
export interface LanguageTexts {
  ADVICE_STRINGS: AdviceStrings;
  CAUSE_TEXTS: Readonly<Record<string, CauseText>>;
}

/**
 * Every language file of this folder, found at build time: adding a language means adding its file
 * (`de.ts`, `ja.ts`, …), not touching code. The file's name is its ISO 639-1 code.
 */
const FILES = import.meta.glob<LanguageTexts>('./[a-z][a-z].ts', { eager: true });

const BY_CODE: ReadonlyMap<string, LanguageTexts> = new Map(
  Object.entries(FILES).map(([file, texts]) => [file.slice(2, 4), texts] as const),
);

/** The languages the knowledge base speaks, English first. */
export const LANGUAGES: readonly string[] = ['en', ...[...BY_CODE.keys()].filter((code) => code !== 'en').sort()];

/**
 * The language to speak for a BCP 47 tag or a POSIX locale ("de-AT", "pt_BR.UTF-8", "ja"): its primary
 * subtag when the knowledge base has it, else English.
 */
export function languageOf(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_.@]/)[0] ?? '';
  return BY_CODE.has(primary) ? primary : 'en';
}

export function textsFor(language: string): LanguageTexts {
  // a code as languageOf returns it (what the analyzer passes, several times a notice) needs no parsing
  return BY_CODE.get(language) ?? BY_CODE.get(languageOf(language)) ?? BY_CODE.get('en')!;
}
