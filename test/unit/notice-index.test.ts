// Rendered mode fills one trigram table of the notice (TrigramSet) and skips every wording set,
// reporter signal, returned-original marker and field pattern whose literals are not all in it. That
// is a speed measure only: with the table, each of them must answer exactly what it answers without.
// Checked on random texts built from the patterns' own words in every case, whitespace of every
// kind, CJK and Cyrillic, noise, and a table filled from a longer text that holds the one tested.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANY_CODE } from '../../src/core/analyze';
import { cutReturnedOriginal, laterStatusIn } from '../../src/core/extract';
import { TrigramSet, keysOf, needlesOf } from '../../src/core/knowledge/prefilter';
import { parseHeaders } from '../../src/core/mime';
import * as language from '../../src/core/notice-language';
import { PhraseSet } from '../../src/core/notice-language';
import { REPORTERS, detectReporter, type NoticeView } from '../../src/core/reporters/index';

const SETS = Object.entries(language).filter((entry): entry is [string, PhraseSet] => entry[1] instanceof PhraseSet);
const REPORTER_WORDS = REPORTERS.flatMap((reporter) => Object.values(reporter.signals))
  .filter((signal): signal is RegExp => signal instanceof RegExp)
  .flatMap((pattern) => pattern.source.replace(/\\[sSdDwWbB]|\\./g, ' ').split(/[^\p{L}\p{N}@.:*'-]+/u))
  .filter((word) => word.length >= 2);
const PHRASE_WORDS = [...SETS.flatMap(([, set]) => set.fragments), ...language.ORIGINAL_MARKER_PHRASES, ...language.ORIGINAL_MARKER_HEADINGS]
  .flatMap((fragment) => fragment.split(' '));
const words = [...new Set([...PHRASE_WORDS, ...REPORTER_WORDS])].filter((word) => word !== '');
const wordArb = fc.constantFrom(...words).chain((word) => fc.constantFrom(word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)));
const spaceArb = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u3000', ' \n ', '\n> ', '\n>');
const noiseArb = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('(s)', '-----', '**', 'Σ', 'İ', 'ß', '管理', '\n\n'));
const sentenceArb = fc
  .array(fc.oneof({ weight: 6, arbitrary: wordArb }, { weight: 6, arbitrary: spaceArb }, { weight: 1, arbitrary: noiseArb }), { maxLength: 40 })
  .map((parts) => parts.join(''));
/** A text, and a longer one that holds it (the table may be filled from the whole notice). */
const textsArb = fc.tuple(sentenceArb, sentenceArb, sentenceArb).map(([before, text, after]) => ({ text, whole: `${before}${text}${after}` }));
const RUNS = 3000;

describe('the notice trigram table changes no answer', () => {
  it('wording sets', () => {
    const plainSets = SETS.map(([name, set]) => [name, set, new PhraseSet(set.fragments)] as const);
    fc.assert(
      fc.property(textsArb, ({ text, whole }) => {
        const index = new TrigramSet().fill(whole);
        for (const [name, set, ungated] of plainSets) {
          const gated = set.test(text, index);
          const plain = ungated.test(text);
          if (gated !== plain) throw new Error(`${name}: ${gated} with the table, ${plain} without, on ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reporter signals', () => {
    const view = (text: string, index?: TrigramSet): NoticeView => ({ subject: '', from: '', text, header: () => null, rendered: true, index });
    const daemon = (text: string, index?: TrigramSet): NoticeView => ({ ...view(text, index), from: 'mailer-daemon@example.net' });
    fc.assert(
      fc.property(textsArb, ({ text, whole }) => {
        const index = new TrigramSet().fill(whole);
        expect(detectReporter(view(text, index))?.id ?? null).toBe(detectReporter(view(text))?.id ?? null);
        expect(detectReporter(daemon(text, index))?.id ?? null).toBe(detectReporter(daemon(text))?.id ?? null);
      }),
      { numRuns: RUNS },
    );
  });

  it('returned-original markers and header blocks', () => {
    fc.assert(
      fc.property(textsArb, fc.constantFrom('', '\nReceived: from x\n\tby y\n', '\nMessage-ID: <a@b>\nFrom: a@example.com\n'), ({ text }, headers) => {
        const body = text + headers;
        expect(cutReturnedOriginal(body, new TrigramSet().fill(body))).toEqual(cutReturnedOriginal(body));
      }),
      { numRuns: RUNS },
    );
  });

  it('a reporter whose only distinctive words are Japanese is still found through the table', () => {
    const text = '配信できませんでした。\n管理者向けの診断情報:\n生成元サーバー: mx.example.com';
    expect(detectReporter({ subject: '', from: '', text, header: () => null, rendered: true, index: new TrigramSet().fill(text) })?.id).toBe('exchange2007');
  });

  it('CJK literals become needles; other non-ASCII letters, which the i flag folds, do not', () => {
    expect(needlesOf('管理者向けの診断情報')).toEqual([['管理者向けの診断情報']]);
    expect(needlesOf('échec de la remise')).toEqual([['chec de la remise']]);
    const table = new TrigramSet().fill('ÉCHEC DE LA REMISE');
    expect(table.mayContain(keysOf(needlesOf('échec de la remise')))).toBe(true);
  });
});

describe('parseHeaders with only some fields wanted', () => {
  const lineArb = fc.oneof(
    fc.constantFrom('From: a@example.com', 'FROM : b@example.org', 'To: c@example.net', ' continued', '\tmore', 'to:', 'Received: x', 'no colon here', 'Tо: cyrillic o', ':empty', 'from:  spaced  '),
    fc.string({ maxLength: 12 }),
  );
  it('gives the wanted fields as parsing them all does', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const all = parseHeaders(text);
        const some = parseHeaders(text, ['from', 'to']);
        expect(some.fields).toEqual(all.fields.filter((field) => field.name === 'from' || field.name === 'to'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('ANY_CODE', () => {
  // the pattern before the redundant alternative was taken out
  const REFERENCE = /(?<![\w.])[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}(?![\w.])|(?<![\w.])#?[45]\.\d{1,3}\.\d{1,3}(?![\w.])/;
  it('matches where the pattern with the basic code spelt out does', () => {
    const charArb = fc.constantFrom('4', '5', '0', '1', '.', ' ', '-', '#', 'a', '_', '\n', '550 ', '5.1.1', '4.7.');
    fc.assert(fc.property(fc.array(charArb, { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      return ANY_CODE.test(text) === REFERENCE.test(text);
    }), { numRuns: 20000 });
  });
});

describe('laterStatusIn', () => {
  // the lazy pattern it replaces, anchored at the reply's three digits
  const REFERENCE = /^\d{3}[^\n]{0,200}?[\s(#:]([245]\.\d{1,3}\.\d{1,3})(?![\w.])/;
  it('keeps the lazy pattern\'s bounds: 200 characters, one line', () => {
    for (const filler of [199, 200, 201].map((n) => 'a'.repeat(n))) {
      for (const reply of [`550${filler} 5.1.1`, `550${filler}(#5.1.1)`, `550 x\n${filler} 5.1.1`, `550${filler}\n5.1.1`]) {
        expect(laterStatusIn(reply), reply.length.toString()).toBe(REFERENCE.exec(reply)?.[1]);
      }
    }
    expect(laterStatusIn(`550${'a'.repeat(200)} 5.1.1`)).toBe('5.1.1');
    expect(laterStatusIn(`550${'a'.repeat(201)} 5.1.1`)).toBeUndefined();
  });

  it('finds the code the lazy pattern finds, within 200 characters of the reply code, on its line', () => {
    const partArb = fc.oneof(
      fc.constantFrom(' ', '\n', '(', '#', ':', '5.1.1', '4.7.0', '2.0.0', '.', 'x', '5.1.', '550 ', '(#5.7.1)'),
      fc.constantFrom('a'.repeat(150), ' '.repeat(60)),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.constantFrom('550', '421', '250'), fc.array(partArb, { maxLength: 16 }), (code, parts) => {
        const reply = code + parts.join('');
        expect(laterStatusIn(reply)).toBe(REFERENCE.exec(reply)?.[1]);
      }),
      { numRuns: 20000 },
    );
  });
});
