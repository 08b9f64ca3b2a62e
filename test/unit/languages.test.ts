/**
 * The panel in the reader's language (issue 15): every message key and every cause text exists in every
 * language, placeholders survive, the core and the panel name the same people the same way, and no
 * language file still carries English sentences.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CAUSES } from '../../src/core/knowledge/causes';
import { LANGUAGES, textsFor } from '../../src/core/knowledge/texts/index';
import type { AdviceStrings, CauseText } from '../../src/core/knowledge/texts/types';
import { analyzeRendered } from '../../src/core/index';
import { REPO_ROOT } from '../shared-corpus';
import { setMessageSource, t } from '../../src/ui/i18n';
import { UI_LANGUAGES, chosenLanguage, messagesSource } from '../../src/ui/languages';
import { applyUiLanguage } from '../../src/ui/ui-language';

const REQUIRED = ['en', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pt', 'ru'];
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const LOCALES = path.join(REPO_ROOT, 'public/_locales');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
function messagesOf(lang: string): Record<string, Message> {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
}

/** Spans a translation keeps in English on purpose: quoted server words, codes, names, record syntax. */
function withoutKeptSpans(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|‘[^’]*’|'[^']*'/g, ' ')
    .replace(/\([^)]*\b(?:[245]\.\d{1,3}\.\d{1,3}|[45]\d\d)\b[^)]*\)/g, ' ')
    .replace(/\b[\w.-]+@[\w.-]+\b|https?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\b/g, ' ');
}

/** English words no German, French, Spanish, Italian, Portuguese or Dutch sentence uses twice. */
const ENGLISH = /\b(?:the|your|you|and|with|this|that|from|will|have|has|not|they|their|which|when|once|again|sender|recipient)\b/gi;

/** True when a text still reads as English (two or more of those words outside the kept spans). */
function looksEnglish(text: string): boolean {
  return (withoutKeptSpans(text).match(ENGLISH) ?? []).length >= 2;
}

function allTexts(texts: CauseText): string[] {
  return [texts.title, texts.happened, texts.next, ...texts.youDo, texts.resend ?? '', texts.resendWhileRetrying ?? '', texts.explanation, ...texts.adminSteps].filter(Boolean);
}

function sampleStrings(s: AdviceStrings): string[] {
  return [
    ...Object.values(s.actors),
    ...Object.values(s).filter((v): v is string => typeof v === 'string'),
    s.countOfRecipients(3), s.headlineFinal('HAPPENED', 'NEXT'), s.headlineFixWhileRetrying('HAPPENED', 'NEXT'), s.headlineWaiting('a@example.com'),
    s.headlineSeveralSame(3, 'NEXT'), s.headlineSeveralDifferent(3, 2), s.resendAfterTheirFix('WHO'), s.needsFixWhileRetrying('WHO'),
  ];
}

describe('languages', () => {
  it('the panel speaks English, German, French, Spanish, Italian, Portuguese, Dutch, Japanese and Russian', () => {
    expect([...LANGUAGES].sort()).toEqual([...REQUIRED].sort());
    expect(readdirSync(LOCALES).sort()).toEqual([...REQUIRED].sort());
  });

  it.each(OTHERS.map((l) => [l]))('%s: every cause has its texts, with the placeholders and parts the English has', (lang) => {
    const en = textsFor('en').CAUSE_TEXTS;
    const xx = textsFor(lang).CAUSE_TEXTS;
    expect(Object.keys(xx).sort()).toEqual(Object.keys(en).sort());
    for (const cause of CAUSES) {
      const e = en[cause.id]!;
      const t = xx[cause.id]!;
      for (const field of ['title', 'happened', 'next', 'explanation'] as const) expect(t[field].trim(), `${lang} ${cause.id}.${field}`).not.toBe('');
      expect(t.happened.includes('{address}'), `${lang} ${cause.id}.happened keeps {address}`).toBe(e.happened.includes('{address}'));
      expect(t.youDo.length, `${lang} ${cause.id}.youDo`).toBe(e.youDo.length);
      expect(t.adminSteps.length, `${lang} ${cause.id}.adminSteps`).toBeGreaterThan(0);
      expect(t.resend === undefined, `${lang} ${cause.id}.resend`).toBe(e.resend === undefined);
      expect(t.resendWhileRetrying === undefined, `${lang} ${cause.id}.resendWhileRetrying`).toBe(e.resendWhileRetrying === undefined);
      for (const text of allTexts(t)) expect(text, `${lang} ${cause.id}`).not.toMatch(/\{(?!address\})/);
    }
  });

  it.each(OTHERS.map((l) => [l]))('%s: the shared sentences keep what they are given', (lang) => {
    const s = textsFor(lang).ADVICE_STRINGS;
    expect(Object.keys(s).sort()).toEqual(Object.keys(textsFor('en').ADVICE_STRINGS).sort());
    expect(Object.keys(s.actors).sort()).toEqual(['nobody', 'recipient', 'recipient-admin', 'sender', 'sender-admin']);
    expect(s.headlineFinal('HAPPENED', 'NEXT')).toMatch(/HAPPENED[\s\S]*NEXT|NEXT[\s\S]*HAPPENED/);
    expect(s.headlineFixWhileRetrying('HAPPENED', 'NEXT')).toMatch(/HAPPENED[\s\S]*NEXT|NEXT[\s\S]*HAPPENED/);
    expect(s.headlineWaiting('a@example.com')).toContain('a@example.com');
    expect(s.headlineSeveralSame(7, 'NEXT')).toMatch(/7[\s\S]*NEXT|NEXT[\s\S]*7/);
    expect(s.headlineSeveralDifferent(7, 5)).toMatch(/7[\s\S]*5/);
    expect(s.countOfRecipients(7)).toContain('7');
    expect(s.resendAfterTheirFix('WHO')).toContain('WHO');
    expect(s.needsFixWhileRetrying('WHO')).toContain('WHO');
  });

  it.each(OTHERS.map((l) => [l]))('%s: no English sentence is left in the knowledge texts', (lang) => {
    const left: string[] = [];
    for (const [id, texts] of Object.entries(textsFor(lang).CAUSE_TEXTS)) for (const text of allTexts(texts)) if (looksEnglish(text)) left.push(`${id}: ${text}`);
    for (const text of sampleStrings(textsFor(lang).ADVICE_STRINGS)) if (looksEnglish(text)) left.push(text);
    expect(left).toEqual([]);
  });

  it.each(REQUIRED.filter((l) => l !== 'en').map((l) => [l]))('%s: every message key, with the same placeholders, and no English left', (lang) => {
    const en = messagesOf('en');
    const xx = messagesOf(lang);
    expect(Object.keys(xx).sort()).toEqual(Object.keys(en).sort());
    const left: string[] = [];
    for (const [key, entry] of Object.entries(en)) {
      const t = xx[key]!;
      expect(t.message.trim(), `${lang} ${key}`).not.toBe('');
      const used = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(used(t.message), `${lang} ${key}: placeholders used`).toEqual(used(entry.message));
      expect(Object.keys(t.placeholders ?? {}).sort(), `${lang} ${key}: placeholders declared`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const [name, ph] of Object.entries(entry.placeholders ?? {})) expect(t.placeholders?.[name]?.content, `${lang} ${key} $${name}$`).toBe(ph.content);
      if (key !== 'extName' && key !== 'messagesLocale' && looksEnglish(t.message)) left.push(`${key}: ${t.message}`);
    }
    expect(left).toEqual([]);
    expect(xx.extName!.message).toBe('Bounce Lens');
    expect(xx.messagesLocale!.message).toBe(lang);
  });

  it.each(OTHERS.map((l) => [l]))('%s: the panel and the advice name the people alike', (lang) => {
    const actors = textsFor(lang).ADVICE_STRINGS.actors;
    const m = messagesOf(lang);
    expect(m.actorSenderAdmin!.message).toBe(actors['sender-admin']);
    expect(m.actorRecipient!.message).toBe(actors.recipient);
    expect(m.actorRecipientAdmin!.message).toBe(actors['recipient-admin']);
  });

  it.each(OTHERS.map((l) => [l]))('%s: a glossary keeps one word for each thing', (lang) => {
    const file = path.join(REPO_ROOT, 'docs/glossary', `${lang}.md`);
    expect(existsSync(file), file).toBe(true);
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => /^\|(?!\s*-)/.test(l)).slice(1);
    const english = rows.map((r) => r.split('|')[1]!.trim().toLowerCase());
    for (const concept of ['mailbox', 'it admin or e-mail provider', 'retry', 'dns record', 'recipient', 'sender', 'bounce']) {
      expect(english, `${lang} glossary: ${concept}`).toContain(concept);
    }
    const admin = rows.find((r) => r.split('|')[1]!.trim().toLowerCase() === 'it admin or e-mail provider')!.split('|')[2]!.trim();
    expect(admin).toBe(textsFor(lang).ADVICE_STRINGS.actors['sender-admin']);
  });

  it('the English check catches English (so it can fail)', () => {
    expect(looksEnglish('Forward this notice to your IT admin or e-mail provider.')).toBe(true);
    expect(looksEnglish('Leiten Sie diese Nachricht an Ihre IT-Abteilung weiter.')).toBe(false);
    expect(looksEnglish('Der Server antwortete "the user does not exist" (550 5.1.1).')).toBe(false);
  });

  it.each(OTHERS.map((l) => [l]))('%s: a notice analysed in that language is advised in it', (lang) => {
    const text = 'This is the mail system at host mail.example.com.\n\n<kim@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <kim@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';
    const en = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender' });
    const xx = analyzeRendered({ text, subject: 'Undelivered Mail Returned to Sender' }, { language: lang });
    expect(xx.recipients).toEqual(en.recipients);
    expect(xx.headline).toContain('kim@example.org');
    expect(xx.headline).not.toBe(en.headline);
    expect(xx.advice?.steps).toEqual(textsFor(lang).CAUSE_TEXTS['user-unknown']!.youDo);
  });
});

describe('the UI in a chosen language', () => {
  it('offers exactly the languages the knowledge base and _locales have', () => {
    expect(UI_LANGUAGES.map((l) => l.code).sort()).toEqual([...REQUIRED].sort());
    expect(chosenLanguage('de')).toBe('de');
    expect(chosenLanguage('auto')).toBeNull();
    expect(chosenLanguage('xx')).toBeNull();
  });

  it('reads a messages.json the way the browser does: named placeholders, positional substitutions, $$', () => {
    const get = messagesSource({
      retryUntil: { message: 'Until $UNTIL$ ($LEFT$ left), $$5', placeholders: { until: { content: '$1' }, left: { content: '$2' } } },
      plain: { message: 'Plain' },
    });
    expect(get('retryUntil', ['Sat 14:00', '46 h'])).toBe('Until Sat 14:00 (46 h left), $5');
    expect(get('plain')).toBe('Plain');
    expect(get('missing')).toBe('');
  });

  it('speaks a chosen language from its messages file, else the browser\'s own', async () => {
    const browserI18n = { getMessage: (key: string) => (key === 'messagesLocale' ? 'en' : `browser:${key}`) };
    const loaded: string[] = [];
    const load = async (code: string) => {
      loaded.push(code);
      return { messagesLocale: { message: code }, youDoLabel: { message: `${code}:youDo` } };
    };
    expect(await applyUiLanguage('de', browserI18n, load)).toBe('de');
    expect(t('youDoLabel')).toBe('de:youDo');
    expect(await applyUiLanguage('auto', browserI18n, load)).toBe('en');
    expect(t('youDoLabel')).toBe('browser:youDoLabel');
    expect(loaded).toEqual(['de']);
    // a file that cannot be read: the browser's language, not a blank panel
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await applyUiLanguage('fr', browserI18n, async () => { throw new Error('gone'); })).toBe('en');
    expect(t('youDoLabel')).toBe('browser:youDoLabel');
    setMessageSource(null);
  });
});
